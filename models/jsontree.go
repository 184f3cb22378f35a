package models

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/mtc-dev/mtc/internal/diag"
)

// This file reads JSON into a tree whose nodes know their line:column, so that config.json
// errors can be located the way YAML errors are. encoding/json's token stream gives byte
// offsets; lineIndex turns them into positions.

type jsonKind int

const (
	jsonNull jsonKind = iota
	jsonBool
	jsonNumber
	jsonString
	jsonArray
	jsonObject
)

// jsonNode is one JSON value and where it starts.
type jsonNode struct {
	kind  jsonKind
	pos   diag.Pos
	str   string      // jsonString: the text; jsonNumber: the literal
	b     bool        // jsonBool
	items []*jsonNode // jsonArray
	keys  []jsonKey   // jsonObject, in file order
}

// jsonKey is one member of an object.
type jsonKey struct {
	name string
	pos  diag.Pos
	val  *jsonNode
}

// get returns the value of the member called name (members are unique: parseJSON rejects
// duplicates).
func (n *jsonNode) get(name string) *jsonNode {
	for _, k := range n.keys {
		if k.name == name {
			return k.val
		}
	}
	return nil
}

// describe names what a node is, for "expected X, found Y" messages.
func (n *jsonNode) describe() string {
	switch n.kind {
	case jsonNull:
		return "null"
	case jsonBool:
		return "boolean " + strconv.FormatBool(n.b)
	case jsonNumber:
		return "number " + n.str
	case jsonString:
		s := n.str
		if len(s) > 40 {
			s = s[:40] + "..."
		}
		return fmt.Sprintf("string %q", s)
	case jsonArray:
		return "an array"
	default:
		return "an object"
	}
}

// maxJSONDepth bounds nesting; a config.json is two or three levels deep.
const maxJSONDepth = 32

// lineIndex converts byte offsets of one file to positions.
type lineIndex struct {
	file  string
	data  []byte
	lines []int // byte offset where each line starts
}

func newLineIndex(file string, data []byte) *lineIndex {
	ix := &lineIndex{file: file, data: data, lines: []int{0}}
	for i, c := range data {
		if c == '\n' {
			ix.lines = append(ix.lines, i+1)
		}
	}
	return ix
}

// pos returns the position of byte off; the column counts characters.
func (ix *lineIndex) pos(off int64) diag.Pos {
	o := int(max(0, min(off, int64(len(ix.data)))))
	lo, hi := 0, len(ix.lines)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if ix.lines[mid] <= o {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	col := utf8.RuneCount(ix.data[ix.lines[lo]:o]) + 1
	return diag.Pos{File: ix.file, Line: lo + 1, Col: col}
}

// jsonParser walks encoding/json's token stream.
type jsonParser struct {
	ix  *lineIndex
	dec *json.Decoder
}

// parseJSON reads exactly one JSON value from data.
func parseJSON(file string, data []byte) (*jsonNode, error) {
	p := &jsonParser{ix: newLineIndex(file, data), dec: json.NewDecoder(bytes.NewReader(data))}
	p.dec.UseNumber()
	root, err := p.value(0)
	if err != nil {
		return nil, err
	}
	if off := p.nextOffset(); off < int64(len(data)) {
		return nil, diag.Errorf(p.ix.pos(off), "invalid JSON: unexpected data after the top-level value")
	}
	return root, nil
}

// nextOffset is where the next token starts: the decoder's offset past whitespace and the
// separators that Token consumes silently.
func (p *jsonParser) nextOffset() int64 {
	off := p.dec.InputOffset()
	for off < int64(len(p.ix.data)) {
		switch p.ix.data[off] {
		case ' ', '\t', '\r', '\n', ':', ',':
			off++
			continue
		}
		break
	}
	return off
}

// token returns the next token and where it starts.
func (p *jsonParser) token() (json.Token, diag.Pos, error) {
	start := p.nextOffset()
	tok, err := p.dec.Token()
	if err != nil {
		return nil, diag.Pos{}, p.syntaxError(err, start)
	}
	return tok, p.ix.pos(start), nil
}

func (p *jsonParser) syntaxError(err error, start int64) error {
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		// Offset counts the bytes read, including the offending one.
		return diag.Errorf(p.ix.pos(max(se.Offset-1, start)), "invalid JSON: %s", se.Error())
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return diag.Errorf(p.ix.pos(int64(len(p.ix.data))), "invalid JSON: unexpected end of file")
	default:
		return diag.Errorf(p.ix.pos(start), "invalid JSON: %v", err)
	}
}

func (p *jsonParser) value(depth int) (*jsonNode, error) {
	tok, pos, err := p.token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case nil:
		return &jsonNode{kind: jsonNull, pos: pos}, nil
	case bool:
		return &jsonNode{kind: jsonBool, pos: pos, b: t}, nil
	case json.Number:
		return &jsonNode{kind: jsonNumber, pos: pos, str: string(t)}, nil
	case string:
		return &jsonNode{kind: jsonString, pos: pos, str: t}, nil
	case json.Delim:
		if depth >= maxJSONDepth {
			return nil, diag.Errorf(pos, "invalid JSON: nested deeper than %d levels", maxJSONDepth)
		}
		if t == '[' {
			return p.array(pos, depth)
		}
		if t == '{' {
			return p.object(pos, depth)
		}
	}
	return nil, diag.Errorf(pos, "invalid JSON: unexpected %v", tok)
}

func (p *jsonParser) array(pos diag.Pos, depth int) (*jsonNode, error) {
	n := &jsonNode{kind: jsonArray, pos: pos}
	for p.dec.More() {
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		n.items = append(n.items, v)
	}
	if _, _, err := p.token(); err != nil { // ']'
		return nil, err
	}
	return n, nil
}

func (p *jsonParser) object(pos diag.Pos, depth int) (*jsonNode, error) {
	n := &jsonNode{kind: jsonObject, pos: pos}
	seen := map[string]diag.Pos{}
	for p.dec.More() {
		tok, kpos, err := p.token()
		if err != nil {
			return nil, err
		}
		name, ok := tok.(string)
		if !ok {
			return nil, diag.Errorf(kpos, "invalid JSON: expected a member name, found %v", tok)
		}
		if first, dup := seen[name]; dup {
			return nil, diag.Errorf(kpos, "duplicate key %q (first at line %d, column %d)", name, first.Line, first.Col)
		}
		seen[name] = kpos
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		n.keys = append(n.keys, jsonKey{name: name, pos: kpos, val: v})
	}
	if _, _, err := p.token(); err != nil { // '}'
		return nil, err
	}
	return n, nil
}
