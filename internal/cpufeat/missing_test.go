package cpufeat

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestMissing(t *testing.T) {
	tests := []struct {
		name           string
		required, have []string
		want           []string
	}{
		{"nothing required", nil, []string{"+avx2"}, nil},
		{"all present", []string{"+avx2", "+fma"}, []string{"+fma", "+avx2", "+sse3"}, nil},
		{"one missing", []string{"+avx2", "+avx512f"}, []string{"+avx2"}, []string{"+avx512f"}},
		{"sorted and deduplicated", []string{"+fma", "+avx512f", "fma", "+avx2"}, nil, []string{"+avx2", "+avx512f", "+fma"}},
		{"bare names on either side", []string{"avx2", "+fma"}, []string{"fma", "+avx2"}, nil},
		{"disabled features are not required", []string{"-avx512f", "+avx2"}, []string{"+avx2"}, nil},
		{"disabled in have does not count", []string{"+avx2"}, []string{"-avx2"}, []string{"+avx2"}},
		{"blanks ignored", []string{"", " ", "+", " +fma "}, nil, []string{"+fma"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Missing(tt.required, tt.have)); diff != "" {
				t.Errorf("Missing(%q, %q) (-want +got):\n%s", tt.required, tt.have, diff)
			}
		})
	}
}
