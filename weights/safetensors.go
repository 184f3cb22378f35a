package weights

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/mtc-dev/mtc/internal/diag"
)

// A safetensors file is
//
//	bytes 0-7      header length N, little-endian uint64
//	bytes 8..8+N   JSON object: {"__metadata__": {string: string}, name: {"dtype": "BF16",
//	               "shape": [a, b], "data_offsets": [begin, end]}, ...}, padded with spaces
//	bytes 8+N..    the data section; data_offsets are relative to its start

// maxHeaderSize bounds the JSON header, as the reference implementation does, so that a
// corrupt length cannot make us parse gigabytes of tensor data as JSON.
const maxHeaderSize = 100 << 20

// metadataKey is the header entry that holds free-form string metadata instead of a tensor.
const metadataKey = "__metadata__"

// headerEntry is one tensor entry of a safetensors header, as parsed and validated.
type headerEntry struct {
	name       string
	pos        int64 // absolute file offset of the entry's value in the header
	dtype      DType
	shape      []int64
	begin, end int64 // data_offsets, relative to the data section
}

// rawEntry is the JSON shape of a tensor entry; pointers tell a missing field from an empty one.
type rawEntry struct {
	DType   *string            `json:"dtype"`
	Shape   *[]json.RawMessage `json:"shape"`
	Offsets *[]json.RawMessage `json:"data_offsets"`
}

// parseSafetensors validates the safetensors image data (the whole file, normally a mapping)
// of file and returns its tensors in header order, with Data slicing data, and its metadata.
func parseSafetensors(file string, data []byte) ([]*Tensor, map[string]string, error) {
	size := int64(len(data))
	if size < 8 {
		return nil, nil, fileErrorf(file, "file is %d bytes, too short for a safetensors file: expected at least 8 bytes (the little-endian uint64 header length)", size)
	}
	n := binary.LittleEndian.Uint64(data)
	if n > maxHeaderSize {
		return nil, nil, fileErrorf(file, "header length %d (bytes 0-7) exceeds the limit of %d bytes: not a safetensors file, or a corrupt one", n, maxHeaderSize)
	}
	if n > uint64(size-8) {
		return nil, nil, fileErrorf(file, "header length %d (bytes 0-7) runs past the end of the file: expected at most %d (file size %d minus 8); the file is truncated or not a safetensors file", n, size-8, size)
	}
	dataStart := 8 + int64(n)
	dataLen := size - dataStart
	entries, meta, err := parseHeader(file, data[8:dataStart], dataLen)
	if err != nil {
		return nil, nil, err
	}
	tensors := make([]*Tensor, len(entries))
	for i, e := range entries {
		lo, hi := dataStart+e.begin, dataStart+e.end
		tensors[i] = &Tensor{
			Name:   e.name,
			DType:  e.dtype,
			Shape:  e.shape,
			Data:   data[lo:hi:hi],
			File:   file,
			Offset: lo,
		}
	}
	return tensors, meta, nil
}

// parseHeader parses and validates the JSON header hdr (which starts at file byte 8) against a
// data section of dataLen bytes.
func parseHeader(file string, hdr []byte, dataLen int64) ([]headerEntry, map[string]string, error) {
	const base = 8 // file offset of hdr[0]
	if !utf8.Valid(hdr) {
		bad := 0
		for bad < len(hdr) {
			r, w := utf8.DecodeRune(hdr[bad:])
			if r == utf8.RuneError && w <= 1 {
				break
			}
			bad += w
		}
		return nil, nil, fileErrorf(file, "byte %d: invalid UTF-8 in the header, expected JSON text", base+bad)
	}
	dec := json.NewDecoder(bytes.NewReader(hdr))
	jsonErr := func(err error) error {
		// The decoder's offsets are relative to its buffer; rescanning the whole header gives
		// the exact place (this is the error path, so the second pass costs nothing that matters).
		var raw json.RawMessage
		var se *json.SyntaxError
		if errors.As(json.Unmarshal(hdr, &raw), &se) {
			if se.Offset >= int64(len(hdr)) && strings.Contains(se.Error(), "end of JSON") {
				return fileErrorf(file, "byte %d: the header's JSON ends early, expected a complete object (the header is bytes %d-%d)", base+int64(len(hdr)), base, base+int64(len(hdr)))
			}
			return fileErrorf(file, "byte %d: invalid JSON in the header: %v", base+max(se.Offset-1, 0), se)
		}
		return fileErrorf(file, "byte %d: invalid JSON in the header: %v", base+dec.InputOffset(), err)
	}
	tok, err := dec.Token()
	if err != nil {
		return nil, nil, jsonErr(err)
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, nil, fileErrorf(file, "byte %d: expected the header to be a JSON object, found %s", base, describeToken(tok))
	}

	var (
		errs    diag.List
		entries []headerEntry
		meta    map[string]string
		seen    = map[string]int64{}
	)
	add := func(format string, args ...any) {
		if len(errs) < maxErrors {
			errs.Add(diag.Pos{File: file}, format, args...)
		} else if len(errs) == maxErrors {
			errs.Add(diag.Pos{File: file}, "too many errors, stopping")
		}
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, nil, jsonErr(err)
		}
		name, _ := tok.(string) // object keys are always strings
		pos := base + dec.InputOffset()
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, nil, jsonErr(err)
		}
		if first, dup := seen[name]; dup {
			add("tensor %q (header entry at byte %d): duplicate name, first defined at byte %d", name, pos, first)
			continue
		}
		seen[name] = pos
		if name == metadataKey {
			if err := json.Unmarshal(raw, &meta); err != nil || !isObject(raw) {
				add("%q (header entry at byte %d): expected an object of string values, found %s", metadataKey, pos, describeJSON(raw))
			}
			continue
		}
		e, msg := parseEntry(raw, dataLen, base+int64(len(hdr)))
		if msg != "" {
			add("tensor %q (header entry at byte %d): %s", name, pos, msg)
			continue
		}
		e.name, e.pos = name, pos
		entries = append(entries, e)
	}
	if _, err := dec.Token(); err != nil { // the closing brace
		return nil, nil, jsonErr(err)
	}
	if tok, err := dec.Token(); err != io.EOF {
		if err != nil {
			return nil, nil, jsonErr(err)
		}
		return nil, nil, fileErrorf(file, "byte %d: unexpected %s after the header's JSON object, expected only space padding", base+dec.InputOffset(), describeToken(tok))
	}
	checkOverlap(entries, base+int64(len(hdr)), add)
	if err := errs.Err(); err != nil {
		return nil, nil, err
	}
	return entries, meta, nil
}

// parseEntry validates one tensor entry against a data section of dataLen bytes starting at
// file offset dataStart. It returns a message saying what is wrong, or "".
func parseEntry(raw json.RawMessage, dataLen, dataStart int64) (headerEntry, string) {
	var e headerEntry
	var r rawEntry
	if !isObject(raw) || json.Unmarshal(raw, &r) != nil {
		return e, fmt.Sprintf("expected an object with \"dtype\", \"shape\" and \"data_offsets\", found %s", describeJSON(raw))
	}
	switch {
	case r.DType == nil:
		return e, `missing "dtype"`
	case r.Shape == nil:
		return e, `missing "shape"`
	case r.Offsets == nil:
		return e, `missing "data_offsets"`
	}
	dt, ok := ParseDType(*r.DType)
	if !ok {
		return e, fmt.Sprintf("unknown dtype %q, expected one of %s", *r.DType, dtypeNames())
	}
	e.dtype = dt
	e.shape = make([]int64, len(*r.Shape))
	for i, d := range *r.Shape {
		v, err := strconv.ParseInt(string(d), 10, 64)
		if err != nil || v < 0 {
			return e, fmt.Sprintf("shape[%d] = %s, expected a non-negative integer", i, d)
		}
		e.shape[i] = v
	}
	if len(*r.Offsets) != 2 {
		return e, fmt.Sprintf("data_offsets has %d elements, expected 2 ([begin, end])", len(*r.Offsets))
	}
	var off [2]int64
	for i, o := range *r.Offsets {
		v, err := strconv.ParseUint(string(o), 10, 64)
		if err != nil {
			return e, fmt.Sprintf("data_offsets[%d] = %s, expected a non-negative integer", i, o)
		}
		if v > uint64(dataLen) {
			return e, fmt.Sprintf("data_offsets[%d] = %d runs past the end of the data section: expected at most %d (data section at file bytes %d-%d); the file may be truncated",
				i, v, dataLen, dataStart, dataStart+dataLen)
		}
		off[i] = int64(v)
	}
	e.begin, e.end = off[0], off[1]
	if e.begin > e.end {
		return e, fmt.Sprintf("data_offsets [%d, %d]: begin is after end", e.begin, e.end)
	}
	want, ok := byteSize(e.shape, dt.Size())
	if !ok {
		return e, fmt.Sprintf("%v %v: the byte size overflows int64", dt, e.shape)
	}
	if got := e.end - e.begin; got != want {
		return e, fmt.Sprintf("data_offsets [%d, %d] (file byte %d) hold %d bytes, expected %d (%v %v: %d elements x %d bytes)",
			e.begin, e.end, dataStart+e.begin, got, want, dt, e.shape, want/int64(max(dt.Size(), 1)), dt.Size())
	}
	return e, ""
}

// checkOverlap reports tensors whose data ranges share bytes. Empty tensors overlap nothing.
func checkOverlap(entries []headerEntry, dataStart int64, add func(string, ...any)) {
	idx := make([]int, 0, len(entries))
	for i, e := range entries {
		if e.end > e.begin {
			idx = append(idx, i)
		}
	}
	sort.Slice(idx, func(a, b int) bool {
		ea, eb := entries[idx[a]], entries[idx[b]]
		if ea.begin != eb.begin {
			return ea.begin < eb.begin
		}
		return ea.end < eb.end
	})
	last := -1 // the entry reaching furthest so far
	for _, i := range idx {
		e := entries[i]
		if last >= 0 && e.begin < entries[last].end {
			p := entries[last]
			add("tensor %q (header entry at byte %d): data [%d, %d) (file byte %d) overlaps tensor %q data [%d, %d), expected disjoint ranges",
				e.name, e.pos, e.begin, e.end, dataStart+e.begin, p.name, p.begin, p.end)
		}
		if last < 0 || e.end > entries[last].end {
			last = i
		}
	}
}

// byteSize returns product(shape) x elem, or false if it overflows int64.
func byteSize(shape []int64, elem int) (int64, bool) {
	n := uint64(elem)
	for _, d := range shape {
		hi, lo := bits.Mul64(n, uint64(d))
		if hi != 0 || lo > math.MaxInt64 {
			return 0, false
		}
		n = lo
	}
	return int64(n), true
}

// isObject reports whether raw is a JSON object.
func isObject(raw json.RawMessage) bool {
	raw = bytes.TrimLeft(raw, " \t\r\n")
	return len(raw) > 0 && raw[0] == '{'
}

// describeJSON names the kind of a JSON value for messages, e.g. `number 3`.
func describeJSON(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return "nothing"
	}
	kind := "value"
	switch raw[0] {
	case '{':
		kind = "object"
	case '[':
		kind = "array"
	case '"':
		kind = "string"
	case 'n':
		return "null"
	case 't', 'f':
		kind = "boolean"
	default:
		kind = "number"
	}
	s := string(raw)
	if len(s) > 40 {
		s = s[:37] + "..."
	}
	return kind + " " + s
}

// describeToken names a JSON token for messages.
func describeToken(tok json.Token) string {
	switch t := tok.(type) {
	case json.Delim:
		return fmt.Sprintf("%q", string(t))
	case string:
		return fmt.Sprintf("string %q", t)
	case nil:
		return "null"
	default:
		return fmt.Sprintf("%T %v", t, t)
	}
}
