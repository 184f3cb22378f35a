package toolchain

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

var (
	sharedOnce sync.Once
	sharedTC   *Toolchain
	sharedErr  error
)

// testToolchain returns the system's LLVM 14 toolchain, found once for all tests. Without one
// the test is skipped, except in CI (CI=true), where LLVM 14 is required and the test fails.
func testToolchain(t *testing.T) *Toolchain {
	t.Helper()
	sharedOnce.Do(func() { sharedTC, sharedErr = Find(context.Background(), Options{}) })
	if sharedErr != nil {
		missing(t, "LLVM 14", sharedErr)
	}
	return sharedTC
}

// testLinker is testToolchain for tests that link shared objects.
func testLinker(t *testing.T) *Toolchain {
	t.Helper()
	tc := testToolchain(t)
	if tc.Linker.Path == "" {
		missing(t, "a linker", tc.linkerErr)
	}
	return tc
}

func missing(t *testing.T, what string, err error) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is required in CI (.ci/run installs it): %v", what, err)
	}
	t.Skipf("skipping: %s not available: %v", what, err)
}

func readTestdata(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}
