package weights

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Checkpoint is an open set of named tensors from one or more mapped files. Its methods may
// be called from several goroutines; Close must be the last call.
type Checkpoint struct {
	path     string
	tensors  map[string]*Tensor
	names    []string
	metadata map[string]string
	maps     []*mapping
}

// Folder layouts Open looks for, in order of preference (the order Hugging Face uses).
var folderFiles = []string{
	"model.safetensors",
	"model.safetensors.index.json",
	"pytorch_model.bin",
	"pytorch_model.bin.index.json",
}

// Open opens a checkpoint: a .safetensors file, a PyTorch .bin (zip) file, a sharded
// checkpoint's index .json, or a folder holding one of model.safetensors,
// model.safetensors.index.json, pytorch_model.bin or pytorch_model.bin.index.json. Every file is
// mapped and validated; no tensor data is read.
func Open(path string) (*Checkpoint, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		for _, name := range folderFiles {
			p := filepath.Join(path, name)
			if _, err := os.Stat(p); err == nil {
				return Open(p)
			}
		}
		return nil, fileErrorf(path, "no checkpoint in folder: expected one of %s", strings.Join(folderFiles, ", "))
	}
	c := &Checkpoint{path: path, tensors: map[string]*Tensor{}}
	if strings.HasSuffix(path, ".json") {
		err = c.openIndex(path)
	} else {
		var meta map[string]string
		meta, err = c.openFile(path)
		c.metadata = meta
	}
	if err != nil {
		c.Close()
		return nil, err
	}
	c.names = make([]string, 0, len(c.tensors))
	for name := range c.tensors {
		c.names = append(c.names, name)
	}
	sort.Strings(c.names)
	return c, nil
}

// Kinds of checkpoint file.
const (
	kindSafetensors = "safetensors"
	kindTorch       = "torch"
)

// fileKind decides how to read path: by its extension, else by its first bytes.
func fileKind(path string, data []byte) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".safetensors":
		return kindSafetensors
	case ".bin", ".pt", ".pth":
		return kindTorch
	}
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		return kindTorch
	}
	return kindSafetensors
}

// openFile maps and parses one checkpoint file and adds its tensors to c. Every name must be
// new to c.
func (c *Checkpoint) openFile(path string) (map[string]string, error) {
	m, err := mapFile(path)
	if err != nil {
		return nil, err
	}
	c.maps = append(c.maps, m)
	var (
		tensors []*Tensor
		meta    map[string]string
	)
	switch fileKind(path, m.data) {
	case kindTorch:
		tensors, err = parseTorchZip(path, m.data)
	default:
		tensors, meta, err = parseSafetensors(path, m.data)
	}
	if err != nil {
		return nil, err
	}
	for _, t := range tensors {
		if prev, dup := c.tensors[t.Name]; dup {
			return nil, fileErrorf(path, "tensor %q (byte offset %d) is also in %s (byte offset %d), expected each name once", t.Name, t.Offset, prev.File, prev.Offset)
		}
		c.tensors[t.Name] = t
	}
	return meta, nil
}

// Path returns the path Open was given.
func (c *Checkpoint) Path() string { return c.path }

// Names returns the tensor names, sorted.
func (c *Checkpoint) Names() []string { return append([]string(nil), c.names...) }

// Len returns the number of tensors.
func (c *Checkpoint) Len() int { return len(c.names) }

// Tensor returns the tensor called name.
func (c *Checkpoint) Tensor(name string) (*Tensor, bool) {
	t, ok := c.tensors[name]
	return t, ok
}

// Metadata returns a copy of the checkpoint's string metadata: the safetensors "__metadata__"
// map, merged over the shards of a sharded checkpoint and the index's "metadata" (which wins).
// A PyTorch file has none.
func (c *Checkpoint) Metadata() map[string]string {
	if c.metadata == nil {
		return map[string]string{}
	}
	return maps.Clone(c.metadata)
}

// Close unmaps every file. The Data of every Tensor becomes invalid: touching it crashes.
func (c *Checkpoint) Close() error {
	var errs []error
	for _, m := range c.maps {
		if err := m.close(); err != nil {
			errs = append(errs, err)
		}
	}
	c.maps = nil
	c.tensors = map[string]*Tensor{}
	c.names = nil
	return errors.Join(errs...)
}

// String describes the checkpoint briefly.
func (c *Checkpoint) String() string {
	return fmt.Sprintf("%s (%d tensors in %d files)", c.path, len(c.names), len(c.maps))
}
