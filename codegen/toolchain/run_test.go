package toolchain

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/mtc-dev/mtc/internal/diag"
)

func TestTrimStderr(t *testing.T) {
	crash := "LLVM ERROR: Undefined external symbol \"expf\"\nPLEASE submit a bug report to https://github.com/llvm/llvm-project/issues/\nStack dump:\n0.\tProgram arguments: llc\n #0 0x00 PrintStackTrace\n"
	long := strings.Repeat("warning: x\n", 100)
	tests := []struct{ name, in, want string }{
		{"crash report dropped", crash, `LLVM ERROR: Undefined external symbol "expf"`},
		{"stack dump alone", "error: x\nStack dump:\n#0 y", "error: x"},
		{"whitespace", "\n\n  msg  \n\n", "msg"},
		{"long", long, strings.TrimSpace(strings.Repeat("warning: x\n", maxStderrLines)) + "\n... (60 more lines)"},
	}
	for _, tt := range tests {
		if got := trimStderr(tt.in); got != tt.want {
			t.Errorf("%s: trimStderr = %q, want %q", tt.name, got, tt.want)
		}
	}
	if got := trimStderr(strings.Repeat("x", 3*maxStderrBytes)); len(got) > maxStderrBytes+20 {
		t.Errorf("trimStderr kept %d bytes", len(got))
	}
}

func TestLocate(t *testing.T) {
	tests := []struct {
		name, stderr string
		want         *diag.Error
	}{
		{"opt syntax error", "/usr/bin/opt-14: kernels.ll:12:3: error: use of undefined value '%x'\n  ret %x\n  ^\n",
			&diag.Error{Pos: diag.Pos{File: "out/kernels.ll", Line: 12, Col: 3}, Msg: "use of undefined value '%x'"}},
		{"no program prefix", "kernels.ll:1:1: error: expected top-level entity\n",
			&diag.Error{Pos: diag.Pos{File: "out/kernels.ll", Line: 1, Col: 1}, Msg: "expected top-level entity"}},
		{"whole file", "Broken\nopt: kernels.ll: error: input module is broken!\n",
			&diag.Error{Pos: diag.Pos{File: "out/kernels.ll"}, Msg: "input module is broken!"}},
		{"line beats whole file", "opt: kernels.ll: error: a\nopt: kernels.ll:3:4: error: b\n",
			&diag.Error{Pos: diag.Pos{File: "out/kernels.ll", Line: 3, Col: 4}, Msg: "b"}},
		{"other file", "opt: other.ll:3:4: error: b\n", nil},
		{"look-alike name", "opt: xkernels.ll:3:4: error: b\n", nil},
		{"warning", "opt: kernels.ll:3:4: warning: b\n", nil},
		{"huge line number", "opt: kernels.ll:99999999999999999999:4: error: b\n", nil},
	}
	for _, tt := range tests {
		got := locate(tt.stderr, "kernels.ll", "out/kernels.ll")
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: locate (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestHintFor(t *testing.T) {
	tests := []struct{ stderr, want string }{
		{"undefined reference to `__gnu_f2h_ieee'", "compile for a CPU with +f16c"},
		{"ld.lld: error: undefined symbol: __gnu_h2f_ieee", "compile for a CPU with +f16c"},
		{`LLVM ERROR: Undefined external symbol "tanhf"`, "so tanhf cannot be called"},
		{"/usr/bin/ld: cannot find crti.o: No such file or directory", "apt-get install -y libc6-dev"},
		{"/usr/bin/ld: cannot find -lm: No such file or directory", "apt-get install -y libc6-dev"},
		{"error: expected type", ""},
	}
	for _, tt := range tests {
		got := hintFor(tt.stderr)
		if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("hintFor(%q) = %q, want one containing %q", tt.stderr, got, tt.want)
		}
	}
}

func TestCommandLine(t *testing.T) {
	got := commandLine([]string{"/usr/bin/opt-14", "-passes=default<O3>", "-mattr=+avx2,-fma", "a b.ll", "it's", ""})
	want := `/usr/bin/opt-14 '-passes=default<O3>' -mattr=+avx2,-fma 'a b.ll' 'it'\''s' ''`
	if got != want {
		t.Errorf("commandLine = %s\nwant          %s", got, want)
	}
}

func TestToolErrorFormat(t *testing.T) {
	pos := diag.Errorf(diag.Pos{File: "k.ll", Line: 2, Col: 8}, "expected type")
	exit := errors.New("exit status 1")
	te := &ToolError{Args: []string{"opt", "k.ll"}, Err: exit, Stderr: "opt: k.ll:2:8: error: expected type\n  %x = foo", Pos: pos, Hint: "do this"}
	want := "k.ll:2:8: expected type\nopt k.ll failed: exit status 1:\n\topt: k.ll:2:8: error: expected type\n\t  %x = foo\nhint: do this"
	if got := te.Error(); got != want {
		t.Errorf("Error() =\n%s\nwant\n%s", got, want)
	}
	if !errors.Is(te, exit) {
		t.Error("errors.Is does not reach the exit error")
	}
	if d, ok := diag.As(te); !ok || d != pos {
		t.Error("diag.As does not reach the position")
	}
	bare := &ToolError{Args: []string{"llc"}, Err: exit}
	if got := bare.Error(); got != "llc failed: exit status 1" {
		t.Errorf("bare Error() = %q", got)
	}
}

func FuzzLocate(f *testing.F) {
	f.Add("opt: kernels.ll:12:3: error: use of undefined value\n")
	f.Add("kernels.ll: error: input module is broken!\nkernels.ll:0:0: error: \n")
	f.Fuzz(func(t *testing.T, stderr string) {
		d := locate(stderr, "kernels.ll", "src.ll")
		if d != nil && (d.Pos.File != "src.ll" || d.Pos.Line < 0 || d.Pos.Col < 0) {
			t.Fatalf("locate(%q) = %#v", stderr, d)
		}
		_ = trimStderr(stderr)
		_ = hintFor(stderr)
	})
}
