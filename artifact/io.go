package artifact

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/mtc-dev/mtc/internal/diag"
)

// ManifestFile is the manifest's file name inside an artifact folder.
const ManifestFile = "manifest.json"

// Write writes an artifact folder atomically: everything goes into a temporary folder beside dir,
// which replaces dir only once complete, so an interrupted compile leaves no half artifact.
// files maps a role (FileGraph, FileSO, ...) to its file name and content; Write fills m.Files.
func Write(dir string, m *Manifest, files map[string]NamedBytes) error {
	dir = filepath.Clean(dir)
	parent := filepath.Dir(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(dir)+".tmp-")
	if err != nil {
		return err
	}
	ok := false
	defer func() {
		if !ok {
			os.RemoveAll(tmp)
		}
	}()
	m.Files = map[string]File{}
	for role, f := range files {
		if f.Name == "" || f.Name != filepath.Base(f.Name) || f.Name == ManifestFile {
			return fmt.Errorf("artifact: bad file name %q for %s", f.Name, role)
		}
		if err := writeSync(filepath.Join(tmp, f.Name), f.Data, f.Mode); err != nil {
			return err
		}
		sum := sha256.Sum256(f.Data)
		m.Files[role] = File{Name: f.Name, Size: int64(len(f.Data)), SHA256: hex.EncodeToString(sum[:])}
	}
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	if err := writeSync(filepath.Join(tmp, ManifestFile), append(data, '\n'), 0o644); err != nil {
		return err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	// Replace dir: move an old artifact aside first, then move the new one in.
	var old string
	if fi, err := os.Stat(dir); err == nil {
		if !fi.IsDir() {
			return fmt.Errorf("artifact: %s exists and is not a folder", dir)
		}
		if _, err := os.Stat(filepath.Join(dir, ManifestFile)); err != nil {
			if entries, _ := os.ReadDir(dir); len(entries) > 0 {
				return fmt.Errorf("artifact: %s exists, is not empty and holds no %s; refusing to replace it", dir, ManifestFile)
			}
		}
		old = tmp + ".old"
		if err := os.Rename(dir, old); err != nil {
			return err
		}
	}
	if err := os.Rename(tmp, dir); err != nil {
		if old != "" {
			os.Rename(old, dir)
		}
		return err
	}
	ok = true
	if old != "" {
		os.RemoveAll(old)
	}
	return nil
}

// NamedBytes is a file to write into an artifact.
type NamedBytes struct {
	Name string
	Data []byte
	Mode os.FileMode // 0 means 0644
}

func writeSync(path string, data []byte, mode os.FileMode) error {
	if mode == 0 {
		mode = 0o644
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// Read reads and validates the manifest of the artifact folder dir, and checks that every file
// it lists exists with the recorded size and SHA-256.
func Read(dir string) (*Manifest, error) {
	path := filepath.Join(dir, ManifestFile)
	data, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("%s: not an mtc artifact (no %s)", dir, ManifestFile)
		}
		return nil, err
	}
	m, err := Decode(path, data)
	if err != nil {
		return nil, err
	}
	roles := make([]string, 0, len(m.Files))
	for r := range m.Files {
		roles = append(roles, r)
	}
	sort.Strings(roles)
	for _, role := range roles {
		f := m.Files[role]
		fp := filepath.Join(dir, f.Name)
		content, err := os.ReadFile(fp)
		if err != nil {
			return nil, fmt.Errorf("%s: %s file %s listed in the manifest is missing: %v", path, role, f.Name, err)
		}
		if int64(len(content)) != f.Size {
			return nil, fmt.Errorf("%s: %s has %d bytes, the manifest says %d (corrupted or replaced; recompile)", fp, f.Name, len(content), f.Size)
		}
		sum := sha256.Sum256(content)
		if hex.EncodeToString(sum[:]) != f.SHA256 {
			return nil, fmt.Errorf("%s: SHA-256 does not match the manifest (corrupted or replaced; recompile)", fp)
		}
	}
	return m, nil
}

// Path returns the path of the file with the given role, or "" if the artifact has none.
func (m *Manifest) Path(dir, role string) string {
	f, ok := m.Files[role]
	if !ok {
		return ""
	}
	return filepath.Join(dir, f.Name)
}

// Decode parses and validates manifest JSON; name is used in error messages.
func Decode(name string, data []byte) (*Manifest, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var m Manifest
	if err := dec.Decode(&m); err != nil {
		return nil, jsonError(name, data, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%s: trailing data after the manifest object", name)
	}
	if err := m.Validate(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return &m, nil
}

func jsonError(name string, data []byte, err error) error {
	var off int64 = -1
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		off = se.Offset - 1 // Offset counts the offending byte
		if off < 0 {
			off = 0
		}
	case errors.As(err, &te):
		off = te.Offset
	}
	if off < 0 {
		return fmt.Errorf("%s: invalid manifest: %v", name, err)
	}
	line, col := 1, 1
	for i := int64(0); i < off && i < int64(len(data)); i++ {
		if data[i] == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return diag.Errorf(diag.Pos{File: name, Line: line, Col: col}, "invalid manifest: %v", err)
}

var validDTypes = map[string]bool{"f32": true, "bf16": true, "f16": true, "i8": true, DTypeQ8: true}

// Validate checks the manifest's internal consistency.
func (m *Manifest) Validate() error {
	var errs []string
	bad := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	if m.FormatVersion < MinFormatVersion || m.FormatVersion > FormatVersion {
		return fmt.Errorf("manifest format version %d, this mtc reads versions %d to %d (recompile the artifact with this mtc)", m.FormatVersion, MinFormatVersion, FormatVersion)
	}
	if m.ArenaBytesPerToken < 0 || m.ArenaBytesPerRow < 0 {
		bad("arena sizes %d bytes per token and %d bytes per row must not be negative", m.ArenaBytesPerToken, m.ArenaBytesPerRow)
	}
	switch m.Target {
	case TargetInterp:
		if _, ok := m.Files[FileGraph]; !ok {
			bad("target interp needs a %q file", FileGraph)
		}
	case TargetCPU:
		if _, ok := m.Files[FileSO]; !ok {
			bad("target cpu needs a %q file", FileSO)
		}
	case TargetCUDA:
		if _, ok := m.Files[FilePTX]; !ok {
			bad("target cuda needs a %q file", FilePTX)
		}
	default:
		bad("unknown target %q (want interp, cpu or cuda)", m.Target)
	}
	switch m.Precision {
	case "", PrecisionExact, PrecisionFast:
	default:
		bad("unknown precision %q (want %s or %s)", m.Precision, PrecisionExact, PrecisionFast)
	}
	switch m.WeightsDType {
	case "", WeightsInt8:
	default:
		bad("unknown weights_dtype %q (want %s, or none for the checkpoint's)", m.WeightsDType, WeightsInt8)
	}
	if m.Model.VocabSize <= 0 || m.Model.Hidden <= 0 {
		bad("model: vocab_size and hidden_size must be positive")
	}
	names := map[string]int{}
	for i, w := range m.Weights {
		where := fmt.Sprintf("weights[%d] (%s)", i, w.Name)
		if w.Name == "" {
			bad("%s: empty name", where)
		}
		if _, dup := names[w.Name]; dup {
			bad("%s: duplicate name", where)
		}
		if !validDTypes[w.DType] {
			bad("%s: unknown dtype %q", where, w.DType)
		}
		for _, d := range w.Shape {
			if d < 0 && d != ShapeCapacity {
				bad("%s: invalid dimension %d", where, d)
			}
		}
		switch w.Transform {
		case TransformLoad, TransformRoPETable:
			if len(w.Args) != 0 {
				bad("%s: transform %s takes no arguments", where, w.Transform)
			}
		case TransformAdd1, TransformConcat:
			if len(w.Args) == 0 {
				bad("%s: transform %s needs arguments", where, w.Transform)
			}
		case TransformQuantizeQ8:
			if len(w.Args) != 1 {
				bad("%s: transform %s takes one argument, has %d", where, w.Transform, len(w.Args))
			}
			if w.DType != DTypeQ8 || len(w.Shape) != 2 {
				bad("%s: transform %s produces a %s matrix, the manifest says %s%v", where, w.Transform, DTypeQ8, w.DType, w.Shape)
			}
		default:
			bad("%s: unknown transform %q", where, w.Transform)
		}
		for _, a := range w.Args {
			if _, ok := names[a]; !ok {
				bad("%s: argument %q is not a weight declared before it", where, a)
			}
		}
		names[w.Name] = i
	}
	for i, s := range m.Slots {
		if s.Width <= 0 {
			bad("kv_slots[%d]: width %d must be positive", i, s.Width)
		}
		if s.ElemBytes() == 0 {
			bad("kv_slots[%d]: unknown dtype %q (want f32, f16 or bf16)", i, s.DType)
		}
		if s.Align < 0 || s.Align > 1<<16 || s.Scratch < 0 || s.Scratch > 1<<40 {
			bad("kv_slots[%d]: align %d and scratch %d must be non-negative and sensible", i, s.Align, s.Scratch)
		}
	}
	for i, k := range m.Kernels {
		if k.Symbol == "" {
			bad("kernels[%d] (%s): empty symbol", i, k.Name)
		}
	}
	checkRef := func(where string, r Ref) {
		switch r.Kind {
		case RefArena:
			if r.Offset < 0 || r.Offset > m.ArenaBytesPerToken {
				bad("%s: arena offset %d outside the arena of %d bytes per token", where, r.Offset, m.ArenaBytesPerToken)
			}
		case RefRows:
			if r.Offset < 0 || r.Offset > m.ArenaBytesPerRow {
				bad("%s: row-arena offset %d outside the row arena of %d bytes per row", where, r.Offset, m.ArenaBytesPerRow)
			}
		case RefWeight:
			if r.Index < 0 || r.Index >= len(m.Weights) {
				bad("%s: weight index %d out of range [0,%d)", where, r.Index, len(m.Weights))
			}
		case RefK, RefV:
			if r.Index < 0 || r.Index >= len(m.Slots) {
				bad("%s: KV slot %d out of range [0,%d)", where, r.Index, len(m.Slots))
			}
		case RefTokens:
		default:
			bad("%s: unknown buffer kind %q", where, r.Kind)
		}
	}
	for i, l := range m.Program {
		where := fmt.Sprintf("program[%d]", i)
		if l.Kernel < 0 || l.Kernel >= len(m.Kernels) {
			bad("%s: kernel index %d out of range [0,%d)", where, l.Kernel, len(m.Kernels))
		}
		for j, r := range l.Bufs {
			checkRef(fmt.Sprintf("%s.bufs[%d]", where, j), r)
		}
		if l.Grain < 0 {
			bad("%s: negative grain", where)
		}
	}
	if m.Target != TargetInterp {
		if m.Result.Kind != RefArena && m.Result.Kind != RefRows {
			bad("result must be an arena or row-arena reference, got %q", m.Result.Kind)
		} else if n := m.Result.Offset + 4*int64(m.Model.VocabSize); m.Result.Offset < 0 || n > m.ArenaSize(m.Result.Kind) {
			what := map[string]string{RefArena: "activation arena", RefRows: "row arena"}[m.Result.Kind]
			bad("result at %s offset %d with %d f32 logits needs %d bytes per row, the %s has %d",
				what, m.Result.Offset, m.Model.VocabSize, n, what, m.ArenaSize(m.Result.Kind))
		}
		if len(m.Program) == 0 {
			bad("empty program")
		}
	}
	for role, f := range m.Files {
		if f.Name == "" || f.Name != filepath.Base(f.Name) || strings.HasPrefix(f.Name, ".") {
			bad("files[%s]: bad file name %q", role, f.Name)
		}
	}
	if len(errs) > 0 {
		return errors.New("invalid manifest: " + strings.Join(errs, "; "))
	}
	return nil
}
