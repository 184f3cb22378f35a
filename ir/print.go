package ir

import (
	"strconv"
	"strings"
)

// FormatVersion is the version of the textual IR, printed on its first line.
const FormatVersion = 1

// Print returns the textual form of g. Values are numbered %0, %1, ... in program order.
func Print(g *Graph) string {
	g.Renumber()
	var b strings.Builder
	b.WriteString("mir " + strconv.Itoa(FormatVersion) + "\n")
	b.WriteString("graph " + strconv.Quote(g.Name) + "\n")
	if len(g.Weights) > 0 {
		b.WriteByte('\n')
	}
	for _, w := range g.Weights {
		b.WriteString("weight @" + w.Name)
		if w.Op != WeightLoad {
			b.WriteString(" = " + w.Op.String())
			for i, a := range w.Args {
				if i > 0 {
					b.WriteByte(',')
				}
				b.WriteString(" @" + a.Name)
			}
			printAttrs(&b, w.Op.Attrs(), w.Attrs)
		}
		b.WriteString(" : " + w.Type.String())
		printLoc(&b, w.Pos.File, w.Pos.Line, w.Pos.Col)
		b.WriteByte('\n')
	}
	if len(g.Values) > 0 {
		b.WriteByte('\n')
	}
	for _, v := range g.Values {
		b.WriteString(PrintValue(v))
		b.WriteByte('\n')
	}
	if g.Result != nil {
		b.WriteString("return %" + strconv.Itoa(g.Result.ID) + "\n")
	}
	return b.String()
}

// PrintValue returns the text of one value's definition, using the current IDs.
func PrintValue(v *Value) string {
	var b strings.Builder
	b.WriteString("%" + strconv.Itoa(v.ID) + " = " + v.Op.String())
	n := 0
	for _, a := range v.Args {
		if n > 0 {
			b.WriteByte(',')
		}
		b.WriteString(" %" + strconv.Itoa(a.ID))
		n++
	}
	for _, w := range v.Weights {
		if n > 0 {
			b.WriteByte(',')
		}
		b.WriteString(" @" + w.Name)
		n++
	}
	printAttrs(&b, v.Op.Attrs(), v.Attrs)
	b.WriteString(" : " + v.Type.String())
	if v.Buf != NoBuf {
		b.WriteString(" buf(" + strconv.FormatInt(v.Buf, 10) + ")")
	}
	if v.Tap != "" {
		b.WriteString(" tap(" + strconv.Quote(v.Tap) + ")")
	}
	printLoc(&b, v.Pos.File, v.Pos.Line, v.Pos.Col)
	return b.String()
}

func printAttrs(b *strings.Builder, specs []AttrSpec, a Attrs) {
	if len(specs) == 0 {
		return
	}
	b.WriteString(" {")
	for i, s := range specs {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(s.Name + "=" + formatAttr(s.Kind, a[s.Name]))
	}
	b.WriteByte('}')
}

func formatAttr(k AttrKind, x float64) string {
	if k == AttrInt {
		return strconv.FormatInt(int64(x), 10)
	}
	return strconv.FormatFloat(x, 'g', -1, 64)
}

func printLoc(b *strings.Builder, file string, line, col int) {
	b.WriteString(" loc(" + strconv.Quote(file) + ":" + strconv.Itoa(line) + ":" + strconv.Itoa(col) + ")")
}
