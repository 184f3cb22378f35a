package toolchain

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

// Options names the tools explicitly. An empty field means "search for it"; a named tool that
// is missing or of the wrong LLVM release is an error, never silently replaced.
type Options struct {
	Opt    string // LLVM 14 opt: a path, or a name looked up on PATH
	LLC    string // LLVM 14 llc
	Linker string // ld.lld, or a C compiler driver (cc, gcc, clang) used as "cc -shared"
}

// Tool is a located LLVM program.
type Tool struct {
	Path    string
	Version Version
}

// Toolchain is a verified set of tools. Its methods may be called from several goroutines; it
// caches what it learns from llc about each target.
type Toolchain struct {
	Opt Tool
	LLC Tool
	// Linker links CPU objects into shared objects. Its Path is empty when Find found none;
	// CompileSharedObject then reports why.
	Linker Linker

	hostCPU   string // the "Host CPU:" line of llc --version
	linkerErr error
	cache     cache
}

// searchEnv is where Find looks; tests replace it.
type searchEnv struct {
	lookPath func(string) (string, error)
	llvmBin  string   // the LLVM 14 install folder, /usr/lib/llvm-14/bin
	libDirs  []string // folders holding libm.so.6 and libc.so.6, for ld.lld
}

func defaultEnv() searchEnv {
	multiarch := map[string]string{"amd64": "x86_64-linux-gnu", "arm64": "aarch64-linux-gnu"}[runtime.GOARCH]
	var dirs []string
	if multiarch != "" {
		dirs = append(dirs, "/lib/"+multiarch, "/usr/lib/"+multiarch)
	}
	dirs = append(dirs, "/lib64", "/usr/lib64", "/lib", "/usr/lib")
	return searchEnv{lookPath: exec.LookPath, llvmBin: "/usr/lib/llvm-14/bin", libDirs: dirs}
}

// Find locates opt, llc and a linker, and checks that opt and llc are LLVM 14.
func Find(ctx context.Context, o Options) (*Toolchain, error) {
	return find(ctx, o, defaultEnv())
}

func find(ctx context.Context, o Options, env searchEnv) (*Toolchain, error) {
	opt, _, optErr := findLLVMTool(ctx, env, "opt", o.Opt)
	llc, llcInfo, llcErr := findLLVMTool(ctx, env, "llc", o.LLC)
	if optErr != nil || llcErr != nil {
		var problems []string
		for _, err := range []error{optErr, llcErr} {
			if err != nil {
				problems = append(problems, err.Error())
			}
		}
		return nil, fmt.Errorf("%s\n%s", strings.Join(problems, "\n"), installHint)
	}
	tc := &Toolchain{Opt: opt, LLC: llc, hostCPU: llcInfo.HostCPU}
	tc.Linker, tc.linkerErr = findLinker(ctx, env, o.Linker)
	if o.Linker != "" && tc.linkerErr != nil {
		return nil, tc.linkerErr
	}
	return tc, nil
}

// findLLVMTool finds the LLVM 14 build of name ("opt" or "llc").
func findLLVMTool(ctx context.Context, env searchEnv, name, explicit string) (Tool, versionInfo, error) {
	if explicit != "" {
		path, err := env.lookPath(explicit)
		if err != nil {
			return Tool{}, versionInfo{}, fmt.Errorf("%s %q: not found", name, explicit)
		}
		info, err := toolVersion(ctx, path)
		if err != nil {
			return Tool{}, versionInfo{}, fmt.Errorf("%s %s: %v", name, path, err)
		}
		if info.Version.Major != wantMajor {
			return Tool{}, versionInfo{}, fmt.Errorf("%s %s is LLVM %s; mtc needs LLVM %d", name, path, info.Version, wantMajor)
		}
		return Tool{Path: path, Version: info.Version}, info, nil
	}
	var tried []string
	for _, c := range []struct {
		path   string // a file, or a name to look up on PATH
		onPATH bool
	}{
		{fmt.Sprintf("%s-%d", name, wantMajor), true},
		{filepath.Join(env.llvmBin, name), false},
		{name, true},
	} {
		path := c.path
		if c.onPATH {
			p, err := env.lookPath(c.path)
			if err != nil {
				tried = append(tried, c.path+" on PATH (not found)")
				continue
			}
			path = p
		} else if _, err := os.Stat(path); err != nil {
			tried = append(tried, path+" (not found)")
			continue
		}
		info, err := toolVersion(ctx, path)
		if err != nil {
			tried = append(tried, fmt.Sprintf("%s (%v)", path, err))
			continue
		}
		if info.Version.Major != wantMajor {
			tried = append(tried, fmt.Sprintf("%s (LLVM %s)", path, info.Version))
			continue
		}
		return Tool{Path: path, Version: info.Version}, info, nil
	}
	return Tool{}, versionInfo{}, fmt.Errorf("cannot find LLVM %d %s; tried %s", wantMajor, name, strings.Join(tried, ", "))
}

// toolVersion runs `path --version` and parses what it prints.
func toolVersion(ctx context.Context, path string) (versionInfo, error) {
	out, err := versionOutput(ctx, path)
	if err != nil {
		return versionInfo{}, err
	}
	return parseVersion(out)
}

// versionOutput runs `path --version` with a short deadline and returns stdout and stderr.
func versionOutput(ctx context.Context, path string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, path, "--version")
	out, err := cmd.CombinedOutput()
	if err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return "", fmt.Errorf("%s --version: %w", path, ctxErr)
		}
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return "", fmt.Errorf("%s --version failed (%v): %s", path, err, firstLine(string(out)))
		}
		return "", fmt.Errorf("%s --version: %w", path, err)
	}
	return string(out), nil
}
