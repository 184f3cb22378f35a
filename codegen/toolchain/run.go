package toolchain

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/mtc-dev/mtc/internal/diag"
)

// ToolError is a failed run of opt, llc or the linker.
type ToolError struct {
	Args   []string    // the command line
	Err    error       // the exit status, or the context's error when the run was cancelled
	Stderr string      // what the tool printed, without LLVM's crash backtrace, shortened
	Pos    *diag.Error // the first error the tool located in the input (file:line:col), or nil
	Hint   string      // what to do about a recognised problem, or ""
}

// Error says where the input is wrong (when the tool said), which command failed and how, what
// the tool printed, and a hint when the problem is a known one.
func (e *ToolError) Error() string {
	var b strings.Builder
	if e.Pos != nil {
		b.WriteString(e.Pos.Error())
		b.WriteByte('\n')
	}
	fmt.Fprintf(&b, "%s failed: %v", commandLine(e.Args), e.Err)
	if e.Stderr != "" {
		b.WriteString(":\n\t")
		b.WriteString(strings.ReplaceAll(e.Stderr, "\n", "\n\t"))
	}
	if e.Hint != "" {
		b.WriteString("\nhint: ")
		b.WriteString(e.Hint)
	}
	return b.String()
}

// Unwrap returns the run's error and the located error, so that errors.Is(err,
// context.Canceled) and diag.As work.
func (e *ToolError) Unwrap() []error {
	if e.Pos != nil {
		return []error{e.Err, e.Pos}
	}
	return []error{e.Err}
}

// invocation is one tool run.
type invocation struct {
	args []string
	dir  string // working folder; inputs are named relative to it
	// input is the file name of the IR as it appears on the command line, and source the name
	// that errors should use for it; located errors about input are reported against source.
	input, source string
}

// run runs the tool with stdin (which may be nil) and returns what it printed.
func (inv invocation) run(ctx context.Context, stdin []byte) (stdout, stderr []byte, err error) {
	cmd := exec.CommandContext(ctx, inv.args[0], inv.args[1:]...)
	cmd.Dir = inv.dir
	cmd.WaitDelay = 10 * time.Second
	cmd.Stdin = bytes.NewReader(stdin)
	var outBuf, errBuf bytes.Buffer
	cmd.Stdout = &outBuf
	cmd.Stderr = &errBuf
	err = cmd.Run()
	if err == nil {
		return outBuf.Bytes(), errBuf.Bytes(), nil
	}
	if ctxErr := ctx.Err(); ctxErr != nil {
		err = ctxErr
	}
	raw := errBuf.String()
	te := &ToolError{Args: inv.args, Err: err, Stderr: trimStderr(raw), Hint: hintFor(raw)}
	if inv.input != "" {
		te.Pos = locate(raw, inv.input, inv.source)
	}
	return nil, nil, te
}

// Limits on the stderr kept in a ToolError.
const (
	maxStderrLines = 40
	maxStderrBytes = 6000
)

// trimStderr drops LLVM's crash report (everything from "PLEASE submit a bug report" or
// "Stack dump:" on) and shortens what is left.
func trimStderr(s string) string {
	for _, marker := range []string{"PLEASE submit a bug report", "Stack dump:"} {
		if i := strings.Index(s, marker); i >= 0 {
			s = s[:i]
		}
	}
	s = strings.TrimSpace(s)
	lines := strings.Split(s, "\n")
	if len(lines) > maxStderrLines {
		s = strings.Join(lines[:maxStderrLines], "\n") + fmt.Sprintf("\n... (%d more lines)", len(lines)-maxStderrLines)
	}
	if len(s) > maxStderrBytes {
		s = s[:maxStderrBytes] + "\n... (shortened)"
	}
	return s
}

// locate finds the first "input:line:col: error: msg" in stderr and returns it as an error at
// source:line:col; failing that, the first "input: error: msg" (LLVM's verifier reports
// "input module is broken!" that way), as an error about the whole of source.
func locate(stderr, input, source string) *diag.Error {
	q := regexp.QuoteMeta(input)
	lineRE := regexp.MustCompile(`(?:^|: )` + q + `:(\d+):(\d+): error: (.*)$`)
	fileRE := regexp.MustCompile(`(?:^|: )` + q + `: error: (.*)$`)
	var whole *diag.Error
	for _, line := range strings.Split(stderr, "\n") {
		line = strings.TrimRight(line, "\r")
		if m := lineRE.FindStringSubmatch(line); m != nil {
			l, err1 := strconv.Atoi(m[1])
			c, err2 := strconv.Atoi(m[2])
			if err1 == nil && err2 == nil {
				return diag.Errorf(diag.Pos{File: source, Line: l, Col: c}, "%s", m[3])
			}
		}
		if m := fileRE.FindStringSubmatch(line); m != nil && whole == nil {
			whole = diag.Errorf(diag.Pos{File: source}, "%s", m[1])
		}
	}
	return whole
}

var (
	undefinedNVPTXRE = regexp.MustCompile(`Undefined external symbol "([^"]+)"`)
	missingCRTRE     = regexp.MustCompile(`cannot find (crti\.o|crt1\.o|crtbeginS\.o|-lm|-lc)\b`)
)

// hintFor recognises problems whose fix is not obvious from LLVM's message.
func hintFor(stderr string) string {
	switch {
	case strings.Contains(stderr, "__gnu_h2f_ieee") || strings.Contains(stderr, "__gnu_f2h_ieee"):
		return "LLVM 14 turns half<->float conversions into calls to __gnu_h2f_ieee/__gnu_f2h_ieee on x86 CPUs without F16C, " +
			"and no system library provides them: compile for a CPU with +f16c, or convert half values with integer code"
	case undefinedNVPTXRE.MatchString(stderr):
		sym := undefinedNVPTXRE.FindStringSubmatch(stderr)[1]
		return fmt.Sprintf("GPU code has no C library, so %s cannot be called: use an NVVM intrinsic "+
			"(for exp, llvm.nvvm.ex2.approx.f of x*log2(e)) or compute it inline", sym)
	case missingCRTRE.MatchString(stderr):
		return "the C library's development files are missing: apt-get install -y libc6-dev"
	}
	return ""
}

// commandLine formats args for a shell, quoting where needed.
func commandLine(args []string) string {
	quoted := make([]string, len(args))
	for i, a := range args {
		if a != "" && strings.IndexFunc(a, func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_./=+,:@%", r))
		}) < 0 {
			quoted[i] = a
			continue
		}
		quoted[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
	}
	return strings.Join(quoted, " ")
}
