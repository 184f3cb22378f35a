package models

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/mtc-dev/mtc/internal/diag"
	"gopkg.in/yaml.v3"
)

// This file holds the schema-independent half of the YAML decoder: reading one document into a
// yaml.Node with located errors, typed scalars with "expected X, found Y" messages, and strict
// mappings (unknown, duplicate and missing keys).

// nodeReader turns yaml.Nodes into Go values, collecting located errors.
type nodeReader struct {
	file string
	errs diag.List
}

func (r *nodeReader) pos(n *yaml.Node) diag.Pos {
	return diag.Pos{File: r.file, Line: n.Line, Col: n.Column}
}

func (r *nodeReader) errorf(n *yaml.Node, format string, args ...any) {
	r.errs.Add(r.pos(n), format, args...)
}

// parseYAMLDocument parses data, which must hold exactly one YAML document, and returns the
// document's root node.
func parseYAMLDocument(file string, data []byte) (*yaml.Node, error) {
	if err := checkYAMLChars(file, data); err != nil {
		return nil, err
	}
	var (
		doc  yaml.Node
		next yaml.Node
		err  error
		err2 error
	)
	func() {
		// yaml.v3 reports some malformed inputs by panicking; turn that into an error.
		defer func() {
			if p := recover(); p != nil {
				err = fmt.Errorf("yaml: %v", p)
			}
		}()
		dec := yaml.NewDecoder(bytes.NewReader(data))
		err = dec.Decode(&doc)
		if err == nil {
			err2 = dec.Decode(&next)
		}
	}()
	switch {
	case errors.Is(err, io.EOF):
		return nil, diag.Errorf(diag.Pos{File: file}, "empty spec: expected a YAML mapping of model keys")
	case err != nil:
		return nil, yamlSyntaxError(file, err)
	case err2 == nil:
		return nil, diag.Errorf(diag.Pos{File: file, Line: next.Line, Col: next.Column}, "a second YAML document starts here; expected exactly one")
	case !errors.Is(err2, io.EOF):
		return nil, yamlSyntaxError(file, err2)
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) != 1 {
		return nil, diag.Errorf(diag.Pos{File: file}, "expected a YAML mapping of model keys")
	}
	return doc.Content[0], nil
}

var yamlLineRE = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// yamlParserProblems are the messages yaml.v3's parser (not its scanner) reports. For these it
// prints the 0-based line where the enclosing construct starts; scanner messages carry 1-based
// lines.
var yamlParserProblems = map[string]bool{
	"did not find expected ',' or ']'":       true,
	"did not find expected ',' or '}'":       true,
	"did not find expected '-' indicator":    true,
	"did not find expected <document start>": true,
	"did not find expected <stream-start>":   true,
	"did not find expected key":              true,
	"did not find expected node content":     true,
	"found duplicate %TAG directive":         true,
	"found duplicate %YAML directive":        true,
	"found incompatible YAML document":       true,
	"found undefined tag handle":             true,
}

// yamlSyntaxError locates a yaml.v3 syntax error. yaml.v3 gives only a line, so the column is
// unknown.
func yamlSyntaxError(file string, err error) error {
	msg := err.Error()
	if m := yamlLineRE.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		if yamlParserProblems[m[2]] {
			line++
		}
		return diag.Errorf(diag.Pos{File: file, Line: line}, "invalid YAML: %s", m[2])
	}
	// yaml.v3 omits the line when it is the first one, except for reader errors (encoding,
	// control characters), which checkYAMLChars has already located.
	problem := strings.TrimPrefix(msg, "yaml: ")
	for _, reader := range []string{"invalid leading UTF-8", "invalid trailing UTF-8", "incomplete UTF-8", "control characters", "input error", "unknown problem"} {
		if strings.HasPrefix(problem, reader) {
			return diag.Errorf(diag.Pos{File: file}, "invalid YAML: %s", problem)
		}
	}
	return diag.Errorf(diag.Pos{File: file, Line: 1}, "invalid YAML: %s", problem)
}

// checkYAMLChars reports the first byte sequence YAML does not allow (invalid UTF-8 or a
// control character) with its line and column, which yaml.v3 would report without a place.
func checkYAMLChars(file string, data []byte) error {
	line, col := 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		bad := ""
		switch {
		case r == utf8.RuneError && size <= 1:
			bad = fmt.Sprintf("invalid UTF-8 byte 0x%02x", data[i])
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r',
			r == 0x7f, r >= 0x80 && r <= 0x9f && r != 0x85,
			r == 0xfffe, r == 0xffff:
			bad = fmt.Sprintf("control character %U", r)
		case r == 0xfeff && i > 0:
			bad = "byte order mark inside the file"
		}
		if bad != "" {
			return diag.Errorf(diag.Pos{File: file, Line: line, Col: col}, "invalid YAML: %s; expected UTF-8 text", bad)
		}
		if r == '\n' {
			line, col = line+1, 1
		} else if r != 0xfeff {
			col++
		}
		i += size
	}
	return nil
}

// describe names what a node is, for "expected X, found Y" messages.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias *" + n.Value
	case yaml.ScalarNode:
		v := n.Value
		if len(v) > 40 {
			v = v[:40] + "..."
		}
		switch n.ShortTag() {
		case "!!null":
			return "null"
		case "!!int":
			return "integer " + v
		case "!!float":
			return "number " + v
		case "!!bool":
			return "boolean " + v
		case "!!str":
			return fmt.Sprintf("string %q", v)
		default:
			return fmt.Sprintf("%s %q", n.ShortTag(), v)
		}
	}
	return "an empty node"
}

// intValue reads an integer scalar.
func (r *nodeReader) intValue(key string, n *yaml.Node) (int, bool) {
	if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!int" {
		r.errorf(n, "%s: expected an integer, found %s", key, describe(n))
		return 0, false
	}
	var v int64
	if err := n.Decode(&v); err != nil || int64(int(v)) != v {
		r.errorf(n, "%s: integer %s is out of range", key, n.Value)
		return 0, false
	}
	return int(v), true
}

// floatValue reads a number (an integer is accepted).
func (r *nodeReader) floatValue(key string, n *yaml.Node) (float64, bool) {
	if n.Kind != yaml.ScalarNode || (n.ShortTag() != "!!float" && n.ShortTag() != "!!int") {
		r.errorf(n, "%s: expected a number, found %s", key, describe(n))
		return 0, false
	}
	var v float64
	if err := n.Decode(&v); err != nil {
		r.errorf(n, "%s: cannot read number %q", key, n.Value)
		return 0, false
	}
	return v, true
}

// boolValue reads true or false.
func (r *nodeReader) boolValue(key string, n *yaml.Node) (bool, bool) {
	if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!bool" {
		r.errorf(n, "%s: expected true or false, found %s", key, describe(n))
		return false, false
	}
	var v bool
	if err := n.Decode(&v); err != nil {
		r.errorf(n, "%s: cannot read boolean %q", key, n.Value)
		return false, false
	}
	return v, true
}

// stringValue reads a scalar as text; numbers are accepted as their text (name: 8b).
func (r *nodeReader) stringValue(key string, n *yaml.Node) (string, bool) {
	switch n.ShortTag() {
	case "!!str", "!!int", "!!float":
		if n.Kind == yaml.ScalarNode {
			return n.Value, true
		}
	}
	r.errorf(n, "%s: expected a string, found %s", key, describe(n))
	return "", false
}

// field is one key of a strict mapping.
type field struct {
	key      string
	required bool
	hint     string                                         // appended to the "missing required key" message
	decode   func(r *nodeReader, path string, n *yaml.Node) // path is the key path for messages and Pos
}

// mapping decodes mapping node m against fields. prefix is the key path of m ("" at the top,
// "rope." for rope's keys). Positions of the keys' values are stored in pos under prefix+key.
// Unknown keys, duplicate keys and missing required keys are reported.
func (r *nodeReader) mapping(m *yaml.Node, prefix, what string, fields []field, pos map[string]diag.Pos) {
	if m.Kind != yaml.MappingNode {
		r.errorf(m, "%s: expected a mapping, found %s", what, describe(m))
		return
	}
	byKey := make(map[string]*field, len(fields))
	for i := range fields {
		byKey[fields[i].key] = &fields[i]
	}
	first := map[string]*yaml.Node{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			r.errorf(k, "%s: expected a key name, found %s", what, describe(k))
			continue
		}
		f := byKey[k.Value]
		if f == nil {
			r.errorf(k, "unknown key %q%s %s", k.Value, inWhat(prefix), suggest(k.Value, fields))
			continue
		}
		if prev := first[k.Value]; prev != nil {
			r.errorf(k, "duplicate key %q%s (first at line %d, column %d)", k.Value, inWhat(prefix), prev.Line, prev.Column)
			continue
		}
		first[k.Value] = k
		if v.Kind == yaml.AliasNode {
			r.errorf(v, "%s%s: YAML aliases are not supported in model specs; write the value out", prefix, k.Value)
			continue
		}
		if pos != nil {
			pos[prefix+k.Value] = r.pos(v)
		}
		f.decode(r, prefix+k.Value, v)
	}
	for _, f := range fields {
		if f.required && first[f.key] == nil {
			msg := fmt.Sprintf("missing required key %q%s", f.key, inWhat(prefix))
			if f.hint != "" {
				msg += " (" + f.hint + ")"
			}
			r.errorf(m, "%s", msg)
		}
	}
}

// inWhat says where a key lives, for messages: "" at the top level, " in rope" below.
func inWhat(prefix string) string {
	p := strings.TrimSuffix(prefix, ".")
	if p == "" {
		return ""
	}
	return " in " + p
}

// suggest proposes the closest known key, or lists them all.
func suggest(key string, fields []field) string {
	best, bestD := "", 3
	names := make([]string, len(fields))
	for i, f := range fields {
		names[i] = f.key
		if d := editDistance(key, f.key); d < bestD {
			best, bestD = f.key, d
		}
	}
	if best != "" {
		return fmt.Sprintf("(did you mean %q?)", best)
	}
	sort.Strings(names)
	return "(expected one of: " + strings.Join(names, ", ") + ")"
}

// editDistance is the Levenshtein distance between a and b, bytewise.
func editDistance(a, b string) int {
	if len(a) > 64 || len(b) > 64 {
		return 1 << 30
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
