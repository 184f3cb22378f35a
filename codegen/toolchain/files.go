package toolchain

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// defaultSource is the name errors use for IR when the caller gives none.
const defaultSource = "kernels.ll"

// workDir is a temporary folder outside the user's folders, holding one compilation.
type workDir struct {
	dir    string
	input  string // the IR's file name inside dir
	source string // the name errors use for the IR
}

// newWorkDir creates a temporary folder and writes ll into it as base(source), which always
// ends in ".ll" so that it cannot collide with the intermediate files (*.bc, *.o, *.so, *.ptx).
func newWorkDir(source string, ll []byte) (*workDir, error) {
	if source == "" {
		source = defaultSource
	}
	input := filepath.Base(source)
	if input == "." || input == string(filepath.Separator) {
		input = defaultSource
	}
	if !strings.HasSuffix(input, ".ll") {
		input += ".ll"
	}
	dir, err := os.MkdirTemp("", "mtc-toolchain-")
	if err != nil {
		return nil, fmt.Errorf("creating a temporary folder: %w", err)
	}
	w := &workDir{dir: dir, input: input, source: source}
	if err := os.WriteFile(filepath.Join(dir, input), ll, 0o644); err != nil {
		w.remove()
		return nil, fmt.Errorf("writing %s to a temporary folder: %w", source, err)
	}
	return w, nil
}

func (w *workDir) remove() { os.RemoveAll(w.dir) }

// path returns the absolute path of a file in the folder.
func (w *workDir) path(name string) string { return filepath.Join(w.dir, name) }

// tool describes a run of args in the folder that reads the IR file.
func (w *workDir) tool(args ...string) invocation {
	return invocation{args: args, dir: w.dir, input: w.input, source: w.source}
}

// installFile copies src to dst atomically: it writes a temporary file in dst's folder, syncs
// it, and renames it over dst, so dst is either absent, the old file, or complete.
func installFile(src, dst string, perm os.FileMode) (err error) {
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(dst), "."+filepath.Base(dst)+".tmp-*")
	if err != nil {
		return fmt.Errorf("writing %s: %w", dst, err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if _, err = f.Write(data); err != nil {
		return fmt.Errorf("writing %s: %w", dst, err)
	}
	if err = f.Chmod(perm); err != nil {
		return fmt.Errorf("writing %s: %w", dst, err)
	}
	if err = f.Sync(); err != nil {
		return fmt.Errorf("writing %s: %w", dst, err)
	}
	if err = f.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", dst, err)
	}
	if err = os.Rename(f.Name(), dst); err != nil {
		return fmt.Errorf("writing %s: %w", dst, err)
	}
	return nil
}
