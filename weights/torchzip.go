package weights

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/nlpodyssey/gopickle/types"
)

// A torch.save file (since PyTorch 1.6) is a zip archive whose entries all sit under one prefix
// folder (the file's stem, or "archive"):
//
//	<prefix>/data.pkl        the pickled state_dict
//	<prefix>/data/<key>      one entry per storage: raw little-endian elements, stored uncompressed
//	<prefix>/version         the format version
//	<prefix>/byteorder       "little" (newer versions only)
//
// Storage entries are stored, not deflated, so each one is a plain byte range of the file: the
// local file header gives its offset and the tensor's Data is a slice of the mapping there.

// parseTorchZip reads the torch.save archive image data of file and returns its tensors.
func parseTorchZip(file string, data []byte) ([]*Tensor, error) {
	if !bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		if len(data) > 0 && data[0] == 0x80 {
			return nil, fileErrorf(file, "byte 0: found a bare pickle, the legacy torch.save format (torch < 1.6 or _use_new_zipfile_serialization=False), which is not supported; expected a zip archive: re-save it with a newer torch or convert it to safetensors")
		}
		return nil, fileErrorf(file, "byte 0: expected a zip archive (\"PK\\x03\\x04\") written by torch.save, found %q", data[:min(len(data), 4)])
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fileErrorf(file, "reading the zip directory: %v (is the file truncated?)", err)
	}
	entries := make(map[string]*zip.File, len(zr.File))
	var pkl *zip.File
	for _, f := range zr.File {
		if _, dup := entries[f.Name]; dup {
			return nil, fileErrorf(file, "zip entry %q appears twice, expected unique names", f.Name)
		}
		entries[f.Name] = f
		if path.Base(f.Name) == "data.pkl" && strings.Count(f.Name, "/") == 1 {
			if pkl != nil {
				return nil, fileErrorf(file, "zip entries %q and %q: expected one <prefix>/data.pkl", pkl.Name, f.Name)
			}
			pkl = f
		}
	}
	if pkl == nil {
		hint := ""
		for name := range entries {
			if path.Base(name) == "constants.pkl" {
				hint = " (this looks like a TorchScript archive)"
			}
		}
		return nil, fileErrorf(file, "no <prefix>/data.pkl entry in the zip%s: expected a torch.save state_dict", hint)
	}
	prefix := path.Dir(pkl.Name) + "/"
	if bo, ok := entries[prefix+"byteorder"]; ok {
		b, _, err := smallEntry(file, data, bo)
		if err != nil {
			return nil, err
		}
		if s := strings.TrimSpace(string(b)); s != "little" {
			return nil, fileErrorf(file, "zip entry %q says byte order %q, expected \"little\"", bo.Name, s)
		}
	}
	src, pklOff, err := smallEntry(file, data, pkl)
	if err != nil {
		return nil, err
	}
	v, err := unpickle(src)
	if err != nil {
		return nil, fileErrorf(file, "zip entry %q (file byte %d): %v", pkl.Name, pklOff, err)
	}
	items, err := dictItems(v)
	if err != nil {
		return nil, fileErrorf(file, "zip entry %q: %v", pkl.Name, err)
	}
	tensors := make([]*Tensor, 0, len(items))
	seen := map[string]bool{}
	for _, it := range items {
		name, ok := it.Key.(string)
		if !ok {
			return nil, fileErrorf(file, "zip entry %q: state_dict key is %s, expected a string", pkl.Name, pyType(it.Key))
		}
		if seen[name] {
			return nil, fileErrorf(file, "zip entry %q: tensor %q appears twice, expected unique names", pkl.Name, name)
		}
		seen[name] = true
		tt, ok := it.Value.(*torchTensor)
		if !ok {
			hint := ""
			if _, isDict := dictOf(it.Value); isDict {
				hint = " (nested checkpoints such as {\"state_dict\": {...}} are not supported)"
			}
			return nil, fileErrorf(file, "zip entry %q: entry %q is %s, expected a tensor%s", pkl.Name, name, pyType(it.Value), hint)
		}
		t, err := tt.materialize(file, data, prefix, entries, name)
		if err != nil {
			return nil, err
		}
		tensors = append(tensors, t)
	}
	return tensors, nil
}

// materialize checks the tensor against its storage entry and maps its bytes.
func (tt *torchTensor) materialize(file string, data []byte, prefix string, entries map[string]*zip.File, name string) (*Tensor, error) {
	st := tt.storage
	entry := prefix + "data/" + st.key
	f, ok := entries[entry]
	if !ok {
		return nil, fileErrorf(file, "tensor %q: storage %q has no zip entry %q", name, st.key, entry)
	}
	raw, off, err := storedEntry(file, data, f)
	if err != nil {
		return nil, fileErrorf(file, "tensor %q: %v", name, err)
	}
	es := st.dtype.Size()
	where := fmt.Sprintf("tensor %q (storage %q, zip entry %q at file byte %d)", name, st.key, entry, off)
	want, ok := byteSize([]int64{st.numel}, es)
	if st.numel < 0 || !ok {
		return nil, fileErrorf(file, "%s: storage numel %d, expected a non-negative size that fits in int64", where, st.numel)
	}
	if int64(len(raw)) != want {
		return nil, fileErrorf(file, "%s: entry holds %d bytes, expected %d (%d %v elements)", where, len(raw), want, st.numel, st.dtype)
	}
	if len(tt.size) != len(tt.stride) {
		return nil, fileErrorf(file, "%s: size %v has %d dimensions but stride %v has %d", where, tt.size, len(tt.size), tt.stride, len(tt.stride))
	}
	for i, d := range tt.size {
		if d < 0 {
			return nil, fileErrorf(file, "%s: size[%d] = %d, expected a non-negative size", where, i, d)
		}
	}
	numel, ok := byteSize(tt.size, 1)
	if !ok {
		return nil, fileErrorf(file, "%s: size %v: the element count overflows int64", where, tt.size)
	}
	if numel > 0 {
		if want := contiguousStrides(tt.size); !stridesMatch(tt.size, tt.stride, want) {
			return nil, fileErrorf(file, "%s: stride %v is not contiguous for size %v, expected %v (save a .contiguous() copy)", where, tt.stride, tt.size, want)
		}
	}
	if tt.offset < 0 || tt.offset > st.numel || numel > st.numel-tt.offset {
		return nil, fileErrorf(file, "%s: storage_offset %d + %d elements runs past the storage's %d elements", where, tt.offset, numel, st.numel)
	}
	lo, hi := tt.offset*int64(es), (tt.offset+numel)*int64(es)
	shape := make([]int64, len(tt.size))
	copy(shape, tt.size)
	return &Tensor{
		Name:   name,
		DType:  st.dtype,
		Shape:  shape,
		Data:   raw[lo:hi:hi],
		File:   file,
		Offset: off + lo,
	}, nil
}

// contiguousStrides returns the row-major strides (in elements) of size.
func contiguousStrides(size []int64) []int64 {
	s := make([]int64, len(size))
	acc := int64(1)
	for i := len(size) - 1; i >= 0; i-- {
		s[i] = acc
		acc *= size[i]
	}
	return s
}

// stridesMatch reports whether stride lays size out contiguously. Like torch's is_contiguous
// it ignores the stride of dimensions of size 1.
func stridesMatch(size, stride, want []int64) bool {
	for i := range size {
		if size[i] != 1 && stride[i] != want[i] {
			return false
		}
	}
	return true
}

// storedEntry returns the bytes of an uncompressed zip entry as a slice of data, and their
// file offset.
func storedEntry(file string, data []byte, f *zip.File) ([]byte, int64, error) {
	if f.Method != zip.Store {
		return nil, 0, fmt.Errorf("zip entry %q is compressed (method %d), expected stored: torch.save writes storages uncompressed so they can be mapped", f.Name, f.Method)
	}
	if f.Flags&0x1 != 0 {
		return nil, 0, fmt.Errorf("zip entry %q is encrypted", f.Name)
	}
	off, err := f.DataOffset()
	if err != nil {
		return nil, 0, fmt.Errorf("zip entry %q: local file header: %v", f.Name, err)
	}
	size := f.UncompressedSize64
	if f.CompressedSize64 != size {
		return nil, 0, fmt.Errorf("zip entry %q is stored but its sizes differ: compressed %d, uncompressed %d", f.Name, f.CompressedSize64, size)
	}
	if off < 0 || off > int64(len(data)) || size > uint64(int64(len(data))-off) {
		return nil, 0, fmt.Errorf("zip entry %q: %d bytes at file byte %d run past the end of the file (%d bytes); the file is truncated", f.Name, size, off, len(data))
	}
	end := off + int64(size)
	return data[off:end:end], off, nil
}

// smallEntry returns the contents of a metadata entry (data.pkl, byteorder), decompressing it
// if needed, and its file offset.
func smallEntry(file string, data []byte, f *zip.File) ([]byte, int64, error) {
	if f.UncompressedSize64 > maxPickleSize {
		return nil, 0, fileErrorf(file, "zip entry %q is %d bytes, expected at most %d", f.Name, f.UncompressedSize64, maxPickleSize)
	}
	if f.Method == zip.Store {
		b, off, err := storedEntry(file, data, f)
		if err != nil {
			return nil, 0, fileErrorf(file, "%v", err)
		}
		return b, off, nil
	}
	off, err := f.DataOffset()
	if err != nil {
		return nil, 0, fileErrorf(file, "zip entry %q: local file header: %v", f.Name, err)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, 0, fileErrorf(file, "zip entry %q: %v", f.Name, err)
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, maxPickleSize+1))
	if err != nil {
		return nil, 0, fileErrorf(file, "zip entry %q (file byte %d): %v", f.Name, off, err)
	}
	if len(b) > maxPickleSize {
		return nil, 0, fileErrorf(file, "zip entry %q decompresses to more than %d bytes", f.Name, maxPickleSize)
	}
	return b, off, nil
}

// dictItems returns the entries of the unpickled top-level dict, in order.
func dictItems(v any) ([]types.DictEntry, error) {
	items, ok := dictOf(v)
	if !ok {
		return nil, fmt.Errorf("the pickle holds %s, expected a dict of tensors (a state_dict)", pyType(v))
	}
	return items, nil
}

// dictOf returns the entries of a dict or OrderedDict value.
func dictOf(v any) ([]types.DictEntry, bool) {
	switch d := v.(type) {
	case *types.Dict:
		return *d, true
	case *types.OrderedDict:
		out := make([]types.DictEntry, 0, d.Len())
		for e := d.List.Front(); e != nil; e = e.Next() {
			oe := e.Value.(*types.OrderedDictEntry)
			out = append(out, types.DictEntry{Key: oe.Key, Value: oe.Value})
		}
		return out, true
	}
	return nil, false
}
