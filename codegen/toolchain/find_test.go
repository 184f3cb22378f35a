package toolchain

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// fakeDirs builds a fake PATH folder and a fake LLVM install folder holding shell scripts that
// print the given --version output (a script named in failing exits 1 instead).
type fakeDirs struct {
	path, llvmBin, libs string
}

func newFakeDirs(t *testing.T) *fakeDirs {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("fake tools are shell scripts")
	}
	root := t.TempDir()
	d := &fakeDirs{path: filepath.Join(root, "bin"), llvmBin: filepath.Join(root, "llvm-14", "bin"), libs: filepath.Join(root, "lib")}
	for _, dir := range []string{d.path, d.llvmBin, d.libs} {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return d
}

func (d *fakeDirs) tool(t *testing.T, dir, name, versionOut string, exit int) string {
	t.Helper()
	p := filepath.Join(dir, name)
	script := "#!/bin/sh\ncat <<'END'\n" + versionOut + "\nEND\nexit " + string(rune('0'+exit)) + "\n"
	if err := os.WriteFile(p, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return p
}

func (d *fakeDirs) env() searchEnv {
	return searchEnv{
		lookPath: func(name string) (string, error) {
			if strings.ContainsRune(name, '/') {
				if _, err := os.Stat(name); err != nil {
					return "", err
				}
				return name, nil
			}
			p := filepath.Join(d.path, name)
			if _, err := os.Stat(p); err != nil {
				return "", fs.ErrNotExist
			}
			return p, nil
		},
		llvmBin: d.llvmBin,
		libDirs: []string{d.libs},
	}
}

const (
	llvm14 = "Debian LLVM version 14.0.6\n  Optimized build.\n  Default target: x86_64-pc-linux-gnu\n  Host CPU: skylake"
	llvm15 = "LLVM version 15.0.7\n  Host CPU: skylake"
	lld14  = "Debian LLD 14.0.6 (compatible with GNU linkers)"
	gcc12  = "cc (Debian 12.2.0-14) 12.2.0"
)

func TestFind(t *testing.T) {
	t.Parallel()
	type result struct {
		Opt, LLC, Linker string
		Kind             LinkerKind
		Libs             []string
		HostCPU          string
	}
	tests := []struct {
		name    string
		setup   func(t *testing.T, d *fakeDirs) Options
		want    func(d *fakeDirs) result
		wantErr []string // substrings of Find's error
	}{
		{
			name: "versioned names on PATH, ld.lld with libraries",
			setup: func(t *testing.T, d *fakeDirs) Options {
				d.tool(t, d.path, "opt-14", llvm14, 0)
				d.tool(t, d.path, "llc-14", llvm14, 0)
				d.tool(t, d.path, "ld.lld-14", lld14, 0)
				d.tool(t, d.path, "cc", gcc12, 0)
				d.tool(t, d.libs, "libm.so.6", "", 0)
				d.tool(t, d.libs, "libc.so.6", "", 0)
				return Options{}
			},
			want: func(d *fakeDirs) result {
				return result{
					Opt: filepath.Join(d.path, "opt-14"), LLC: filepath.Join(d.path, "llc-14"),
					Linker: filepath.Join(d.path, "ld.lld-14"), Kind: LLD,
					Libs:    []string{filepath.Join(d.libs, "libm.so.6"), filepath.Join(d.libs, "libc.so.6")},
					HostCPU: "skylake",
				}
			},
		},
		{
			name: "LLVM 15 on PATH is passed over for the LLVM 14 install folder; ld.lld without libc falls back to cc",
			setup: func(t *testing.T, d *fakeDirs) Options {
				d.tool(t, d.path, "opt", llvm15, 0)
				d.tool(t, d.path, "llc", llvm15, 0)
				d.tool(t, d.llvmBin, "opt", llvm14, 0)
				d.tool(t, d.llvmBin, "llc", llvm14, 0)
				d.tool(t, d.path, "ld.lld", lld14, 0)
				d.tool(t, d.path, "gcc", gcc12, 0)
				return Options{}
			},
			want: func(d *fakeDirs) result {
				return result{
					Opt: filepath.Join(d.llvmBin, "opt"), LLC: filepath.Join(d.llvmBin, "llc"),
					Linker: filepath.Join(d.path, "gcc"), Kind: CCDriver, HostCPU: "skylake",
				}
			},
		},
		{
			name: "plain names are accepted when they are LLVM 14; no linker is not an error yet",
			setup: func(t *testing.T, d *fakeDirs) Options {
				d.tool(t, d.path, "opt", llvm14, 0)
				d.tool(t, d.path, "llc", llvm14, 0)
				return Options{}
			},
			want: func(d *fakeDirs) result {
				return result{Opt: filepath.Join(d.path, "opt"), LLC: filepath.Join(d.path, "llc"), HostCPU: "skylake"}
			},
		},
		{
			name: "explicit paths",
			setup: func(t *testing.T, d *fakeDirs) Options {
				dir := t.TempDir()
				return Options{
					Opt:    d.tool(t, dir, "my-opt", llvm14, 0),
					LLC:    d.tool(t, dir, "my-llc", llvm14, 0),
					Linker: d.tool(t, dir, "my-cc", gcc12, 0),
				}
			},
			want: func(d *fakeDirs) result {
				return result{Opt: "my-opt", LLC: "my-llc", Linker: "my-cc", Kind: CCDriver, HostCPU: "skylake"}
			},
		},
		{
			name:  "nothing installed",
			setup: func(t *testing.T, d *fakeDirs) Options { return Options{} },
			wantErr: []string{
				"cannot find LLVM 14 opt; tried opt-14 on PATH (not found), ",
				"/llvm-14/bin/opt (not found), opt on PATH (not found)",
				"cannot find LLVM 14 llc;",
				"install LLVM 14 with: apt-get install -y llvm-14",
			},
		},
		{
			name: "only LLVM 15",
			setup: func(t *testing.T, d *fakeDirs) Options {
				d.tool(t, d.path, "opt", llvm15, 0)
				d.tool(t, d.path, "llc", llvm15, 0)
				return Options{}
			},
			wantErr: []string{"/bin/opt (LLVM 15.0.7)", "/bin/llc (LLVM 15.0.7)", "apt-get install -y llvm-14"},
		},
		{
			name: "explicit tool of the wrong version",
			setup: func(t *testing.T, d *fakeDirs) Options {
				d.tool(t, d.path, "opt-14", llvm14, 0)
				return Options{LLC: d.tool(t, t.TempDir(), "llc", llvm15, 0)}
			},
			wantErr: []string{"llc ", "/llc is LLVM 15.0.7; mtc needs LLVM 14", "apt-get install -y llvm-14"},
		},
		{
			name: "explicit tool missing",
			setup: func(t *testing.T, d *fakeDirs) Options {
				d.tool(t, d.path, "llc-14", llvm14, 0)
				return Options{Opt: "/no/such/opt"}
			},
			wantErr: []string{`opt "/no/such/opt": not found`, "apt-get install -y llvm-14"},
		},
		{
			name: "a tool that is not LLVM",
			setup: func(t *testing.T, d *fakeDirs) Options {
				d.tool(t, d.path, "opt-14", "opt: a different program", 0)
				d.tool(t, d.path, "llc-14", "segfault", 1)
				return Options{}
			},
			wantErr: []string{`no "LLVM version X.Y.Z" line in its --version output "opt: a different program"`, "llc-14 --version failed (exit status 1): segfault"},
		},
		{
			name: "explicit linker missing",
			setup: func(t *testing.T, d *fakeDirs) Options {
				d.tool(t, d.path, "opt-14", llvm14, 0)
				d.tool(t, d.path, "llc-14", llvm14, 0)
				return Options{Linker: "/no/such/ld"}
			},
			wantErr: []string{`linker "/no/such/ld": not found`, "apt-get install -y gcc libc6-dev"},
		},
		{
			name: "explicit ld.lld without libc",
			setup: func(t *testing.T, d *fakeDirs) Options {
				d.tool(t, d.path, "opt-14", llvm14, 0)
				d.tool(t, d.path, "llc-14", llvm14, 0)
				return Options{Linker: d.tool(t, t.TempDir(), "ld.lld", lld14, 0)}
			},
			wantErr: []string{"libm.so.6 not found in "},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newFakeDirs(t)
			o := tt.setup(t, d)
			tc, err := find(context.Background(), o, d.env())
			if tt.wantErr != nil {
				if err == nil {
					t.Fatalf("Find succeeded: %+v", tc)
				}
				for _, w := range tt.wantErr {
					if !strings.Contains(err.Error(), w) {
						t.Errorf("error lacks %q:\n%v", w, err)
					}
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := result{
				Opt: tc.Opt.Path, LLC: tc.LLC.Path, Linker: tc.Linker.Path, Kind: tc.Linker.Kind,
				Libs: tc.Linker.Libs, HostCPU: tc.hostCPU,
			}
			want := tt.want(d)
			if o.Opt != "" { // explicit paths: compare base names
				got.Opt, got.LLC, got.Linker = filepath.Base(got.Opt), filepath.Base(got.LLC), filepath.Base(got.Linker)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Find (-want +got):\n%s", diff)
			}
			if (tc.Linker.Path == "") != (tc.linkerErr != nil) {
				t.Errorf("linker %q with linkerErr %v", tc.Linker.Path, tc.linkerErr)
			}
			if tc.Opt.Version != (Version{14, 0, 6}) {
				t.Errorf("opt version %v, want 14.0.6", tc.Opt.Version)
			}
		})
	}
}

func TestNoLinkerError(t *testing.T) {
	d := newFakeDirs(t)
	d.tool(t, d.path, "opt-14", llvm14, 0)
	d.tool(t, d.path, "llc-14", llvm14, 0)
	tc, err := find(context.Background(), Options{}, d.env())
	if err != nil {
		t.Fatal(err)
	}
	err = tc.CompileSharedObject(context.Background(), []byte(""), filepath.Join(t.TempDir(), "k.so"), CompileOptions{})
	for _, w := range []string{"no linker for shared objects found (tried ld.lld-14, ", "cc, gcc, clang)", "apt-get install -y gcc libc6-dev (or lld-14)"} {
		if err == nil || !strings.Contains(err.Error(), w) {
			t.Errorf("error %v lacks %q", err, w)
		}
	}
}

func TestFindCancelled(t *testing.T) {
	d := newFakeDirs(t)
	d.tool(t, d.path, "opt-14", llvm14, 0)
	d.tool(t, d.path, "llc-14", llvm14, 0)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := find(ctx, Options{Opt: "opt-14"}, d.env())
	if err == nil || !strings.Contains(err.Error(), context.Canceled.Error()) {
		t.Errorf("got %v, want an error saying the context was cancelled", err)
	}
	if errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("got a deadline error: %v", err)
	}
}
