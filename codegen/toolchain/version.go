package toolchain

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Version is an LLVM release number.
type Version struct {
	Major, Minor, Patch int
}

func (v Version) String() string { return fmt.Sprintf("%d.%d.%d", v.Major, v.Minor, v.Patch) }

// wantMajor is the LLVM release mtc generates IR for: llir/llvm prints typed pointers, which
// LLVM 15 deprecates and LLVM 17 removes.
const wantMajor = 14

// installHint says how to get the tools on Debian and Ubuntu.
const installHint = "install LLVM 14 with: apt-get install -y llvm-14"

// versionInfo is what an LLVM tool's --version prints.
type versionInfo struct {
	Version       Version
	HostCPU       string // "Host CPU: icelake-client"
	DefaultTarget string // "Default target: x86_64-pc-linux-gnu"
}

var (
	versionRE       = regexp.MustCompile(`LLVM version (\d+)\.(\d+)(?:\.(\d+))?`)
	hostCPURE       = regexp.MustCompile(`(?m)^\s*Host CPU:\s*(\S+)`)
	defaultTargetRE = regexp.MustCompile(`(?m)^\s*Default target:\s*(\S+)`)
)

// parseVersion reads the output of `opt --version` or `llc --version`, for instance
//
//	Debian LLVM version 14.0.6
//	  Optimized build.
//	  Default target: x86_64-pc-linux-gnu
//	  Host CPU: icelake-client
func parseVersion(out string) (versionInfo, error) {
	m := versionRE.FindStringSubmatch(out)
	if m == nil {
		return versionInfo{}, fmt.Errorf("no %q line in its --version output %q", "LLVM version X.Y.Z", firstLine(out))
	}
	var v versionInfo
	var err error
	if v.Version.Major, err = strconv.Atoi(m[1]); err != nil {
		return versionInfo{}, fmt.Errorf("bad LLVM major version %q", m[1])
	}
	if v.Version.Minor, err = strconv.Atoi(m[2]); err != nil {
		return versionInfo{}, fmt.Errorf("bad LLVM minor version %q", m[2])
	}
	if m[3] != "" {
		if v.Version.Patch, err = strconv.Atoi(m[3]); err != nil {
			return versionInfo{}, fmt.Errorf("bad LLVM patch version %q", m[3])
		}
	}
	if m := hostCPURE.FindStringSubmatch(out); m != nil {
		v.HostCPU = m[1]
	}
	if m := defaultTargetRE.FindStringSubmatch(out); m != nil {
		v.DefaultTarget = m[1]
	}
	return v, nil
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if len(s) > 80 {
		s = s[:80] + "..."
	}
	return s
}
