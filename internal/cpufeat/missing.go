package cpufeat

import (
	"sort"
	"strings"
)

// Missing returns the features of required that have does not list, sorted and without
// duplicates, each spelled "+name".
//
// Both lists may spell a feature "+name" or "name". Entries of required that start with "-"
// (features an artifact was compiled without) are not requirements and are ignored, as are
// empty entries.
func Missing(required, have []string) []string {
	got := make(map[string]bool, len(have))
	for _, h := range have {
		if n, ok := enabledName(h); ok {
			got[n] = true
		}
	}
	seen := map[string]bool{}
	var out []string
	for _, r := range required {
		n, ok := enabledName(r)
		if !ok || got[n] || seen[n] {
			continue
		}
		seen[n] = true
		out = append(out, "+"+n)
	}
	sort.Strings(out)
	return out
}

// enabledName strips a leading "+"; it reports false for "-name" and for empty names.
func enabledName(f string) (string, bool) {
	f = strings.TrimSpace(f)
	if strings.HasPrefix(f, "-") {
		return "", false
	}
	f = strings.TrimPrefix(f, "+")
	return f, f != ""
}
