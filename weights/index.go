package weights

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"sort"

	"github.com/mtc-dev/mtc/internal/diag"
)

// A sharded checkpoint is a set of files plus an index, model.safetensors.index.json or
// pytorch_model.bin.index.json:
//
//	{"metadata": {"total_size": 16543232000}, "weight_map": {"lm_head.weight": "model-00002-of-00002.safetensors", ...}}
//
// Every shard is opened eagerly (mapping is cheap) and checked against weight_map: each listed
// tensor must be in the shard it is mapped to, and each shard tensor must be listed there.

// indexFile is the JSON shape of an index.
type indexFile struct {
	Metadata  map[string]json.RawMessage `json:"metadata"`
	WeightMap map[string]string          `json:"weight_map"`
}

// openIndex reads the index at path and opens its shards into c.
func (c *Checkpoint) openIndex(path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var idx indexFile
	if err := json.Unmarshal(src, &idx); err != nil {
		return jsonFileError(path, src, err)
	}
	if len(idx.WeightMap) == 0 {
		return fileErrorf(path, `missing or empty "weight_map", expected an object of tensor name -> shard file`)
	}
	var errs diag.List
	add := func(format string, args ...any) {
		if len(errs) <= maxErrors {
			errs.Add(diag.Pos{File: path}, format, args...)
		}
	}
	dir := filepath.Dir(path)
	shardSet := map[string]bool{}
	for name, shard := range idx.WeightMap {
		if !filepath.IsLocal(shard) {
			add("weight_map: tensor %q maps to %q, expected a file name inside the index's folder", name, shard)
			continue
		}
		shardSet[shard] = true
	}
	if err := errs.Err(); err != nil {
		return err
	}
	shards := make([]string, 0, len(shardSet))
	for s := range shardSet {
		shards = append(shards, s)
	}
	sort.Strings(shards)
	meta := map[string]string{}
	for _, s := range shards {
		m, err := c.openFile(filepath.Join(dir, s))
		if err != nil {
			var pe *os.PathError
			if errors.As(err, &pe) {
				return fileErrorf(path, "weight_map names shard %q: %v", s, err)
			}
			return err
		}
		for k, v := range m {
			meta[k] = v
		}
	}

	names := make([]string, 0, len(idx.WeightMap))
	for name := range idx.WeightMap {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		shard := idx.WeightMap[name]
		t, ok := c.tensors[name]
		switch {
		case !ok:
			add("weight_map: tensor %q maps to shard %q, which has no such tensor", name, shard)
		case t.File != filepath.Join(dir, shard):
			add("weight_map: tensor %q maps to shard %q, but it is in %s (byte offset %d)", name, shard, t.File, t.Offset)
		}
	}
	extra := make([]string, 0)
	for name := range c.tensors {
		if _, ok := idx.WeightMap[name]; !ok {
			extra = append(extra, name)
		}
	}
	sort.Strings(extra)
	for _, name := range extra {
		t := c.tensors[name]
		add("tensor %q in shard %s (byte offset %d) is not listed in weight_map, expected every shard tensor to be listed", name, t.File, t.Offset)
	}
	if err := errs.Err(); err != nil {
		return err
	}

	for k, raw := range idx.Metadata {
		var s string
		if json.Unmarshal(raw, &s) == nil {
			meta[k] = s
			continue
		}
		var b bytes.Buffer
		if json.Compact(&b, raw) == nil {
			meta[k] = b.String()
		}
	}
	c.metadata = meta
	return nil
}

// jsonFileError turns an encoding/json error about src into an error at line:column.
func jsonFileError(path string, src []byte, err error) error {
	var (
		se *json.SyntaxError
		te *json.UnmarshalTypeError
	)
	var off int64 = -1
	switch {
	case errors.As(err, &se):
		off = se.Offset
	case errors.As(err, &te):
		off = te.Offset
	}
	if off < 0 {
		return fileErrorf(path, "invalid JSON: %v", err)
	}
	off = max(off-1, 0) // the offsets count the offending byte itself
	line, col := 1, 1
	for _, b := range src[:min(int(off), len(src))] {
		if b == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	if te != nil {
		return diag.Errorf(diag.Pos{File: path, Line: line, Col: col}, "field %q: expected %v, found JSON %s", te.Field, te.Type, te.Value)
	}
	return diag.Errorf(diag.Pos{File: path, Line: line, Col: col}, "invalid JSON: %v", err)
}
