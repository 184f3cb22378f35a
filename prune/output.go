package prune

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/mtc-dev/mtc/models"
	"github.com/mtc-dev/mtc/weights"
)

// Files of a pruned model folder.
const (
	FileConfig    = "config.json"
	FileWeights   = "model.safetensors"
	FileTokenizer = "tokenizer.model"
	FileSpec      = "model.yaml"
	FileReport    = "prune-report.json"
)

// WriteFolder writes a pruned model as a Hugging Face-layout folder at dir: config.json,
// model.safetensors, tokenizer.model (copied from tokenizerPath unless it is ""), model.yaml and
// prune-report.json. The folder appears whole or not at all: it is written under a temporary
// name next to dir and renamed. dir must not exist, or be an empty folder.
func WriteFolder(dir string, spec *models.Spec, tensors []weights.WriteTensor, report *Report, tokenizerPath string) (err error) {
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return fmt.Errorf("output folder %s already exists and is not empty", dir)
	} else if err != nil && !os.IsNotExist(err) {
		return fmt.Errorf("output folder: %w", err)
	}
	cfg, err := models.ToConfigJSON(spec)
	if err != nil {
		return err
	}
	rep, err := json.MarshalIndent(report, "", "  ")
	if err != nil {
		return fmt.Errorf("writing %s: %w", FileReport, err)
	}
	parent := filepath.Dir(filepath.Clean(dir))
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(dir)+".tmp-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			os.RemoveAll(tmp)
		}
	}()
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	files := []struct {
		name string
		data []byte
	}{{FileConfig, cfg}, {FileSpec, spec.Format()}, {FileReport, append(rep, '\n')}}
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(tmp, f.name), f.data, 0o644); err != nil {
			return err
		}
	}
	meta := map[string]string{"format": "pt", "producer": "mtc prune"}
	if err := weights.Write(filepath.Join(tmp, FileWeights), tensors, meta); err != nil {
		return err
	}
	if tokenizerPath != "" {
		if err := copyFile(filepath.Join(tmp, FileTokenizer), tokenizerPath); err != nil {
			return fmt.Errorf("copying the tokenizer: %w", err)
		}
	}
	if err := os.Remove(dir); err != nil && !os.IsNotExist(err) {
		return fmt.Errorf("output folder: %w", err)
	}
	return os.Rename(tmp, dir)
}

func copyFile(dst, src string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
