package passes

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"

	"github.com/mtc-dev/mtc/ir"
)

// Run runs every pass of Pipeline on g, in order, skipping the ones o disables. It checks o and
// verifies g first, and stops at the first failure. A nil o means the zero Options.
func Run(g *ir.Graph, o *Options) error { return runPasses(g, Pipeline, o) }

// runPasses runs list on g (Run with a pipeline of the caller's choosing, for tests).
func runPasses(g *ir.Graph, list []Pass, o *Options) error {
	if o == nil {
		o = &Options{}
	}
	if err := validateOptions(list, o); err != nil {
		return err
	}
	if err := ir.Verify(g); err != nil {
		return fmt.Errorf("invalid IR before the first pass: %w", err)
	}
	for _, p := range list {
		if o.Disable[p.Name] {
			continue
		}
		if err := RunPass(p, g, o); err != nil {
			return err
		}
	}
	return nil
}

// RunPass runs one pass on g, then verifies the graph, then prints it when o asks for it. A
// panic in the pass, an error it returns and an invalid result are all reported naming the
// pass; when o.CrashDir is set, the IR from before the pass is written there and the error
// names the file.
func RunPass(p Pass, g *ir.Graph, o *Options) (err error) {
	if o == nil {
		o = &Options{}
	}
	var before string
	if o.CrashDir != "" {
		before = ir.Print(g)
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error in pass %s: %v\n%s", p.Name, r, debug.Stack())
		}
		if err != nil && o.CrashDir != "" {
			path, werr := writeCrash(o.CrashDir, g.Name, p.Name, before)
			if werr != nil {
				err = fmt.Errorf("%w\n(could not write the IR from before pass %s: %v)", err, p.Name, werr)
			} else {
				err = fmt.Errorf("%w\n(IR from before pass %s written to %s)", err, p.Name, path)
			}
		}
	}()
	if err := p.Run(g, o); err != nil {
		return fmt.Errorf("internal error in pass %s: %w", p.Name, err)
	}
	if err := ir.Verify(g); err != nil {
		return fmt.Errorf("internal error: invalid IR after pass %s: %w", p.Name, err)
	}
	if o.PrintAfter[p.Name] || o.PrintAfter["all"] {
		w := o.Dump
		if w == nil {
			w = os.Stderr
		}
		if _, err := fmt.Fprintf(w, "// after %s\n%s", p.Name, ir.Print(g)); err != nil {
			return fmt.Errorf("printing the IR after pass %s: %w", p.Name, err)
		}
	}
	return nil
}

// ValidatePrintAfter checks names given to --print-after: each must be a pass of Pipeline or
// "all". The error lists every unknown name and the valid ones.
func ValidatePrintAfter(names []string) error {
	return checkNames("print-after", names, Pipeline, true)
}

func validateOptions(list []Pass, o *Options) error {
	if err := checkNames("print-after", sortedKeys(o.PrintAfter), list, true); err != nil {
		return err
	}
	disabled := sortedKeys(o.Disable)
	if err := checkNames("disable", disabled, list, false); err != nil {
		return err
	}
	for _, p := range list {
		if p.Required && o.Disable[p.Name] {
			return fmt.Errorf("pass %s is required and cannot be disabled", p.Name)
		}
	}
	return nil
}

func checkNames(option string, names []string, list []Pass, allowAll bool) error {
	valid := passNames(list)
	var unknown []string
	for _, n := range names {
		ok := allowAll && n == "all"
		for _, v := range valid {
			ok = ok || n == v
		}
		if !ok {
			unknown = append(unknown, fmt.Sprintf("%q", n))
		}
	}
	if len(unknown) == 0 {
		return nil
	}
	if allowAll {
		valid = append([]string{"all"}, valid...)
	}
	noun := "pass"
	if len(unknown) > 1 {
		noun = "passes"
	}
	return fmt.Errorf("%s: unknown %s %s; valid names: %s", option, noun, strings.Join(unknown, ", "), strings.Join(valid, ", "))
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k, on := range m {
		if on {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// writeCrash writes text to dir/<graph>.<pass>.crash.mir and returns the path.
func writeCrash(dir, graph, pass, text string) (string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	path := filepath.Join(dir, fileSafe(graph)+"."+fileSafe(pass)+".crash.mir")
	return path, os.WriteFile(path, []byte(text), 0o644)
}

// fileSafe maps s to a file name part: letters, digits, '.', '-' and '_' are kept, anything
// else becomes '_'.
func fileSafe(s string) string {
	if s == "" {
		return "graph"
	}
	b := []byte(s)
	for i, c := range b {
		ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_'
		if !ok {
			b[i] = '_'
		}
	}
	if b[0] == '.' {
		b[0] = '_'
	}
	return string(b)
}
