package weights

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"unicode/utf8"
)

// WriteTensor is one tensor to write: Data holds its elements, little-endian and row-major.
type WriteTensor struct {
	Name  string
	DType DType
	Shape []int64
	Data  []byte
}

// Write writes tensors, in the given order, and metadata as a safetensors file at path. The
// header is padded with spaces so the data section starts 8-byte aligned; tensors follow one
// another with no gaps (as the format requires), so a tensor is aligned to its element size
// when every tensor before it is (put wide dtypes first to guarantee it). The file appears
// atomically: it is written to a temporary file in the same folder, synced and renamed.
func Write(path string, tensors []WriteTensor, metadata map[string]string) (err error) {
	header, err := encodeHeader(tensors, metadata)
	if err != nil {
		return fileErrorf(path, "%v", err)
	}
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	w := bufio.NewWriterSize(f, 1<<20)
	var n [8]byte
	binary.LittleEndian.PutUint64(n[:], uint64(len(header)))
	if _, err := w.Write(n[:]); err != nil {
		return err
	}
	if _, err := w.Write(header); err != nil {
		return err
	}
	for _, t := range tensors {
		if _, err := w.Write(t.Data); err != nil {
			return err
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if err := f.Chmod(0o644); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	if d, derr := os.Open(dir); derr == nil { // make the rename durable; best effort
		d.Sync()
		d.Close()
	}
	return nil
}

// encodeHeader validates tensors and returns the padded JSON header.
func encodeHeader(tensors []WriteTensor, metadata map[string]string) ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	if len(metadata) > 0 {
		keys := make([]string, 0, len(metadata))
		for k := range metadata {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteString(`"` + metadataKey + `":{`)
		for i, k := range keys {
			if !utf8.ValidString(k) || !utf8.ValidString(metadata[k]) {
				return nil, fmt.Errorf("metadata %q: keys and values must be valid UTF-8", k)
			}
			if i > 0 {
				b.WriteByte(',')
			}
			writeJSONString(&b, k)
			b.WriteByte(':')
			writeJSONString(&b, metadata[k])
		}
		b.WriteByte('}')
	}
	seen := make(map[string]bool, len(tensors))
	var off int64
	for i, t := range tensors {
		switch {
		case t.Name == metadataKey:
			return nil, fmt.Errorf("tensor %d: the name %q is reserved for metadata", i, metadataKey)
		case seen[t.Name]:
			return nil, fmt.Errorf("tensor %d: duplicate name %q, expected each name once", i, t.Name)
		case !utf8.ValidString(t.Name):
			return nil, fmt.Errorf("tensor %d: name %q is not valid UTF-8", i, t.Name)
		case !t.DType.Valid():
			return nil, fmt.Errorf("tensor %q: invalid dtype %v", t.Name, t.DType)
		}
		seen[t.Name] = true
		for j, d := range t.Shape {
			if d < 0 {
				return nil, fmt.Errorf("tensor %q: shape[%d] = %d, expected a non-negative size", t.Name, j, d)
			}
		}
		want, ok := byteSize(t.Shape, t.DType.Size())
		if !ok {
			return nil, fmt.Errorf("tensor %q: %v %v: the byte size overflows int64", t.Name, t.DType, t.Shape)
		}
		if int64(len(t.Data)) != want {
			return nil, fmt.Errorf("tensor %q: data is %d bytes, expected %d (%v %v)", t.Name, len(t.Data), want, t.DType, t.Shape)
		}
		if b.Len() > 1 {
			b.WriteByte(',')
		}
		writeJSONString(&b, t.Name)
		b.WriteString(`:{"dtype":"` + t.DType.String() + `","shape":[`)
		for j, d := range t.Shape {
			if j > 0 {
				b.WriteByte(',')
			}
			b.WriteString(strconv.FormatInt(d, 10))
		}
		fmt.Fprintf(&b, `],"data_offsets":[%d,%d]}`, off, off+want)
		off += want
	}
	b.WriteByte('}')
	for (8+b.Len())%8 != 0 {
		b.WriteByte(' ')
	}
	if b.Len() > maxHeaderSize {
		return nil, fmt.Errorf("header of %d bytes exceeds the limit of %d", b.Len(), maxHeaderSize)
	}
	return b.Bytes(), nil
}

// writeJSONString writes s as a JSON string.
func writeJSONString(b *bytes.Buffer, s string) {
	q, _ := json.Marshal(s) // a string always marshals
	b.Write(q)
}
