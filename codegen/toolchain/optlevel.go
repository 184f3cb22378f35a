package toolchain

import "fmt"

// OptLevel is an LLVM optimisation level. The zero value is O3, mtc's default.
type OptLevel int

// The optimisation levels, passed to opt as -passes=default<On> and to llc as -On.
const (
	O3 OptLevel = iota
	O2
	O1
	O0
)

// String returns "O0" to "O3".
func (l OptLevel) String() string {
	if l < O3 || l > O0 {
		return fmt.Sprintf("OptLevel(%d)", int(l))
	}
	return fmt.Sprintf("O%d", 3-int(l))
}

// ParseOptLevel accepts "0" to "3" and "O0" to "O3".
func ParseOptLevel(s string) (OptLevel, error) {
	for l := O3; l <= O0; l++ {
		if s == l.String() || s == l.String()[1:] {
			return l, nil
		}
	}
	return 0, fmt.Errorf("optimisation level %q: want 0, 1, 2 or 3", s)
}

func (l OptLevel) check() error {
	if l < O3 || l > O0 {
		return fmt.Errorf("invalid optimisation level %d", int(l))
	}
	return nil
}

// optPasses is opt's pipeline flag for l.
func (l OptLevel) optPasses() string { return fmt.Sprintf("-passes=default<%s>", l) }

// llcFlag is llc's flag for l.
func (l OptLevel) llcFlag() string { return "-" + l.String() }
