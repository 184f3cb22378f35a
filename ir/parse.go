package ir

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/mtc-dev/mtc/internal/diag"
)

// Parse reads the textual form of a graph. file names the source in error positions. The parsed
// graph is verified.
func Parse(file string, src []byte) (*Graph, error) {
	p := &parser{file: file, values: map[string]*Value{}}
	g, err := p.parse(string(src))
	if err != nil {
		return nil, err
	}
	if err := Verify(g); err != nil {
		return nil, err
	}
	return g, nil
}

type tokKind uint8

const (
	tWord tokKind = iota
	tValue
	tWeight
	tNumber
	tString
	tPunct
)

type token struct {
	kind tokKind
	text string
	col  int
}

type parser struct {
	file   string
	line   int
	toks   []token
	i      int
	b      *Builder
	values map[string]*Value
}

func (p *parser) errAt(col int, format string, args ...any) error {
	return diag.Errorf(diag.Pos{File: p.file, Line: p.line, Col: col}, format, args...)
}

func (p *parser) parse(src string) (*Graph, error) {
	lines := strings.Split(src, "\n")
	header := 0
	var result *Value
	for n, raw := range lines {
		p.line = n + 1
		toks, err := p.lex(raw)
		if err != nil {
			return nil, err
		}
		if len(toks) == 0 {
			continue
		}
		p.toks, p.i = toks, 0
		if result != nil {
			return nil, p.errAt(toks[0].col, "unexpected %q after return", toks[0].text)
		}
		switch {
		case header == 0:
			if err := p.expectWord("mir"); err != nil {
				return nil, err
			}
			t, err := p.next("format version")
			if err != nil {
				return nil, err
			}
			if t.text != strconv.Itoa(FormatVersion) {
				return nil, p.errAt(t.col, "unsupported IR format version %s, want %d", t.text, FormatVersion)
			}
			header = 1
		case header == 1:
			if err := p.expectWord("graph"); err != nil {
				return nil, err
			}
			t, err := p.next("graph name")
			if err != nil {
				return nil, err
			}
			if t.kind != tString {
				return nil, p.errAt(t.col, "want a quoted graph name, found %q", t.text)
			}
			name, _ := strconv.Unquote(t.text)
			p.b = NewBuilder(name)
			header = 2
		case toks[0].kind == tWord && toks[0].text == "weight":
			if err := p.weightDecl(); err != nil {
				return nil, err
			}
		case toks[0].kind == tWord && toks[0].text == "return":
			p.i = 1
			t, err := p.next("returned value")
			if err != nil {
				return nil, err
			}
			v, ok := p.values[t.text]
			if t.kind != tValue || !ok {
				return nil, p.errAt(t.col, "return of undefined value %s", t.text)
			}
			result = v
		case toks[0].kind == tValue:
			if err := p.valueDef(); err != nil {
				return nil, err
			}
		default:
			return nil, p.errAt(toks[0].col, "expected weight, value definition or return, found %q", toks[0].text)
		}
		if err := p.end(); err != nil {
			return nil, err
		}
	}
	if header < 2 {
		return nil, diag.Errorf(diag.Pos{File: p.file}, "missing \"mir %d\" and \"graph NAME\" header", FormatVersion)
	}
	if result == nil {
		return nil, diag.Errorf(diag.Pos{File: p.file, Line: p.line}, "missing return")
	}
	p.b.Return(result)
	return p.b.Graph(), nil
}

func (p *parser) lex(line string) ([]token, error) {
	var toks []token
	i := 0
	for i < len(line) {
		c := line[i]
		col := i + 1
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			i++
		case c == '/' && i+1 < len(line) && line[i+1] == '/':
			return toks, nil
		case c == '"':
			j := i + 1
			for j < len(line) && line[j] != '"' {
				if line[j] == '\\' {
					j++
				}
				j++
			}
			if j >= len(line) {
				return nil, p.errAt(col, "unterminated string")
			}
			s := line[i : j+1]
			if _, err := strconv.Unquote(s); err != nil {
				return nil, p.errAt(col, "malformed string %s", s)
			}
			toks = append(toks, token{tString, s, col})
			i = j + 1
		case c == '%' || c == '@':
			j := i + 1
			for j < len(line) && isNameByte(line[j], c == '@') {
				j++
			}
			if j == i+1 {
				return nil, p.errAt(col, "empty name after %c", c)
			}
			k := tValue
			if c == '@' {
				k = tWeight
			}
			toks = append(toks, token{k, line[i:j], col})
			i = j
		case isDigit(c) || c == '-' || c == '+' || c == '.':
			j := i + 1
			for j < len(line) && (isDigit(line[j]) || strings.IndexByte(".eE+-", line[j]) >= 0) {
				j++
			}
			toks = append(toks, token{tNumber, line[i:j], col})
			i = j
		case isLetter(c):
			j := i + 1
			for j < len(line) && (isLetter(line[j]) || isDigit(line[j])) {
				j++
			}
			toks = append(toks, token{tWord, line[i:j], col})
			i = j
		case strings.IndexByte("=:,{}[]()", c) >= 0:
			toks = append(toks, token{tPunct, string(c), col})
			i++
		default:
			return nil, p.errAt(col, "unexpected character %q", c)
		}
	}
	return toks, nil
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' }
func isNameByte(c byte, weight bool) bool {
	return isLetter(c) || isDigit(c) || weight && (c == '.' || c == '-' || c == '+')
}

func (p *parser) next(what string) (token, error) {
	if p.i >= len(p.toks) {
		col := 1
		if n := len(p.toks); n > 0 {
			col = p.toks[n-1].col + len(p.toks[n-1].text)
		}
		return token{}, p.errAt(col, "unexpected end of line, want %s", what)
	}
	t := p.toks[p.i]
	p.i++
	return t, nil
}

func (p *parser) peek(text string) bool {
	return p.i < len(p.toks) && p.toks[p.i].text == text && (p.toks[p.i].kind == tPunct || p.toks[p.i].kind == tWord)
}

func (p *parser) expectPunct(s string) error {
	t, err := p.next(strconv.Quote(s))
	if err != nil {
		return err
	}
	if t.kind != tPunct || t.text != s {
		return p.errAt(t.col, "want %q, found %q", s, t.text)
	}
	return nil
}

func (p *parser) expectWord(s string) error {
	t, err := p.next(s)
	if err != nil {
		return err
	}
	if t.kind != tWord || t.text != s {
		return p.errAt(t.col, "want %q, found %q", s, t.text)
	}
	return nil
}

func (p *parser) end() error {
	if p.i < len(p.toks) {
		t := p.toks[p.i]
		return p.errAt(t.col, "unexpected %q at end of line", t.text)
	}
	return nil
}

func (p *parser) int64(what string) (int64, int, error) {
	t, err := p.next(what)
	if err != nil {
		return 0, 0, err
	}
	n, err := strconv.ParseInt(t.text, 10, 64)
	if t.kind != tNumber || err != nil {
		return 0, t.col, p.errAt(t.col, "want %s (an integer), found %q", what, t.text)
	}
	return n, t.col, nil
}

func (p *parser) typ() (Type, error) {
	t, err := p.next("a type")
	if err != nil {
		return Type{}, err
	}
	dt, ok := ParseDType(t.text)
	if t.kind != tWord || !ok {
		return Type{}, p.errAt(t.col, "want a dtype (f32, bf16, f16, i32, i8), found %q", t.text)
	}
	if err := p.expectPunct("["); err != nil {
		return Type{}, err
	}
	var shape Shape
	for {
		d, err := p.next("a dimension")
		if err != nil {
			return Type{}, err
		}
		switch {
		case d.kind == tWord && d.text == "T":
			shape = append(shape, DimT)
		case d.kind == tWord && d.text == "R":
			shape = append(shape, DimR)
		case d.kind == tWord && d.text == "C":
			shape = append(shape, DimC)
		default:
			n, err := strconv.ParseInt(d.text, 10, 64)
			if d.kind != tNumber || err != nil || n < 0 || n > 1<<40 {
				return Type{}, p.errAt(d.col, "want a dimension (a size or T, R, C), found %q", d.text)
			}
			shape = append(shape, Dim(n))
		}
		sep, err := p.next("\",\" or \"]\"")
		if err != nil {
			return Type{}, err
		}
		if sep.text == "]" {
			break
		}
		if sep.text != "," {
			return Type{}, p.errAt(sep.col, "want \",\" or \"]\", found %q", sep.text)
		}
	}
	return Type{DType: dt, Shape: shape}, nil
}

func (p *parser) attrs(specs []AttrSpec) (Attrs, error) {
	if !p.peek("{") {
		if len(specs) > 0 {
			col := 1
			if p.i < len(p.toks) {
				col = p.toks[p.i].col
			}
			return nil, p.errAt(col, "missing attributes {%s}", attrNames(specs))
		}
		return nil, nil
	}
	p.i++
	a := Attrs{}
	for {
		name, err := p.next("an attribute name")
		if err != nil {
			return nil, err
		}
		var spec *AttrSpec
		for i := range specs {
			if specs[i].Name == name.text {
				spec = &specs[i]
			}
		}
		if name.kind != tWord || spec == nil {
			return nil, p.errAt(name.col, "unknown attribute %q, want one of {%s}", name.text, attrNames(specs))
		}
		if _, dup := a[name.text]; dup {
			return nil, p.errAt(name.col, "attribute %s given twice", name.text)
		}
		if err := p.expectPunct("="); err != nil {
			return nil, err
		}
		num, err := p.next("a number")
		if err != nil {
			return nil, err
		}
		x, perr := strconv.ParseFloat(num.text, 64)
		if num.kind != tNumber || perr != nil {
			return nil, p.errAt(num.col, "attribute %s: want a number, found %q", name.text, num.text)
		}
		a[name.text] = x
		sep, err := p.next("\",\" or \"}\"")
		if err != nil {
			return nil, err
		}
		if sep.text == "}" {
			break
		}
		if sep.text != "," {
			return nil, p.errAt(sep.col, "want \",\" or \"}\", found %q", sep.text)
		}
	}
	return a, nil
}

func attrNames(specs []AttrSpec) string {
	names := make([]string, len(specs))
	for i, s := range specs {
		names[i] = s.Name
	}
	return strings.Join(names, ", ")
}

func (p *parser) loc() (diag.Pos, error) {
	if err := p.expectWord("loc"); err != nil {
		return diag.Pos{}, err
	}
	if err := p.expectPunct("("); err != nil {
		return diag.Pos{}, err
	}
	f, err := p.next("a file name")
	if err != nil {
		return diag.Pos{}, err
	}
	if f.kind != tString {
		return diag.Pos{}, p.errAt(f.col, "want a quoted file name, found %q", f.text)
	}
	file, _ := strconv.Unquote(f.text)
	if err := p.expectPunct(":"); err != nil {
		return diag.Pos{}, err
	}
	line, _, err := p.int64("a line number")
	if err != nil {
		return diag.Pos{}, err
	}
	if err := p.expectPunct(":"); err != nil {
		return diag.Pos{}, err
	}
	col, _, err := p.int64("a column number")
	if err != nil {
		return diag.Pos{}, err
	}
	if err := p.expectPunct(")"); err != nil {
		return diag.Pos{}, err
	}
	if line < 0 || col < 0 || line > 1<<30 || col > 1<<30 {
		return diag.Pos{}, p.errAt(f.col, "location %d:%d out of range", line, col)
	}
	return diag.Pos{File: file, Line: int(line), Col: int(col)}, nil
}

func (p *parser) weightRef(t token) (*Weight, error) {
	if t.kind != tWeight {
		return nil, p.errAt(t.col, "want a weight @name, found %q", t.text)
	}
	w := p.b.Graph().Weight(t.text[1:])
	if w == nil {
		return nil, p.errAt(t.col, "undefined weight %s", t.text)
	}
	return w, nil
}

func (p *parser) weightDecl() error {
	p.i = 1
	nameTok, err := p.next("a weight name")
	if err != nil {
		return err
	}
	if nameTok.kind != tWeight {
		return p.errAt(nameTok.col, "want a weight @name, found %q", nameTok.text)
	}
	w := &Weight{Name: nameTok.text[1:], Op: WeightLoad}
	if p.peek("=") {
		p.i++
		opTok, err := p.next("a weight transform")
		if err != nil {
			return err
		}
		op, ok := lookupWeightOp(opTok.text)
		if opTok.kind != tWord || !ok {
			return p.errAt(opTok.col, "unknown weight transform %q", opTok.text)
		}
		w.Op = op
		for p.i < len(p.toks) && p.toks[p.i].kind == tWeight {
			t, _ := p.next("")
			a, err := p.weightRef(t)
			if err != nil {
				return err
			}
			w.Args = append(w.Args, a)
			if !p.peek(",") {
				break
			}
			p.i++
		}
		if w.Attrs, err = p.attrs(op.Attrs()); err != nil {
			return err
		}
	}
	if err := p.expectPunct(":"); err != nil {
		return err
	}
	typ, err := p.typ()
	if err != nil {
		return err
	}
	if w.Pos, err = p.loc(); err != nil {
		return err
	}
	w.Type = typ
	declared := typ
	var added *Weight
	if w.Op == WeightLoad {
		added, err = p.b.Load(w.Name, typ, w.Pos)
	} else {
		added, err = p.b.Derive(w.Name, w.Op, w.Args, w.Attrs, w.Pos)
	}
	if err != nil {
		return err
	}
	if !added.Type.Equal(declared) {
		return p.errAt(nameTok.col, "weight %s declared as %v, but %v gives %v", nameTok.text, declared, w.Op, added.Type)
	}
	return nil
}

func (p *parser) valueDef() error {
	nameTok := p.toks[0]
	p.i = 1
	if _, dup := p.values[nameTok.text]; dup {
		return p.errAt(nameTok.col, "value %s defined twice", nameTok.text)
	}
	if err := p.expectPunct("="); err != nil {
		return err
	}
	opTok, err := p.next("an op")
	if err != nil {
		return err
	}
	op, ok := lookupOp(opTok.text)
	if opTok.kind != tWord || !ok {
		return p.errAt(opTok.col, "unknown op %q", opTok.text)
	}
	var args []*Value
	var weights []*Weight
	for p.i < len(p.toks) && (p.toks[p.i].kind == tValue || p.toks[p.i].kind == tWeight) {
		t, _ := p.next("")
		if t.kind == tValue {
			v, ok := p.values[t.text]
			if !ok {
				return p.errAt(t.col, "use of undefined value %s", t.text)
			}
			args = append(args, v)
		} else {
			w, err := p.weightRef(t)
			if err != nil {
				return err
			}
			weights = append(weights, w)
		}
		if !p.peek(",") {
			break
		}
		p.i++
	}
	attrs, err := p.attrs(op.Attrs())
	if err != nil {
		return err
	}
	if err := p.expectPunct(":"); err != nil {
		return err
	}
	typ, err := p.typ()
	if err != nil {
		return err
	}
	buf := int64(NoBuf)
	if p.peek("buf") {
		p.i++
		if err := p.expectPunct("("); err != nil {
			return err
		}
		n, col, err := p.int64("a buffer offset")
		if err != nil {
			return err
		}
		if n < 0 {
			return p.errAt(col, "buffer offset %d must be non-negative", n)
		}
		if err := p.expectPunct(")"); err != nil {
			return err
		}
		buf = n
	}
	tap := ""
	if p.peek("tap") {
		p.i++
		if err := p.expectPunct("("); err != nil {
			return err
		}
		t, err := p.next("a tap name")
		if err != nil {
			return err
		}
		if t.kind != tString {
			return p.errAt(t.col, "want a quoted tap name, found %q", t.text)
		}
		tap, _ = strconv.Unquote(t.text)
		if tap == "" {
			return p.errAt(t.col, "empty tap name")
		}
		if err := p.expectPunct(")"); err != nil {
			return err
		}
	}
	pos, err := p.loc()
	if err != nil {
		return err
	}
	v, err := p.b.Add(op, args, weights, attrs, pos)
	if err != nil {
		return p.errAt(opTok.col, "%s: %v", nameTok.text, stripPos(err))
	}
	if !v.Type.Equal(typ) {
		return p.errAt(nameTok.col, "%s declared as %v, but %v gives %v", nameTok.text, typ, op, v.Type)
	}
	v.Buf = buf
	v.Tap = tap
	p.values[nameTok.text] = v
	return nil
}

// stripPos returns the message of a located error without its position (the parser reports
// its own position instead).
func stripPos(err error) string {
	if e, ok := err.(*diag.Error); ok {
		return e.Msg
	}
	return fmt.Sprint(err)
}
