package weights

import (
	"encoding/binary"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// validHeader describes two tensors, 8 + 12 bytes, padded to 8 bytes in rawSafetensors' callers.
const validHeader = `{"__metadata__":{"format":"pt"},"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"BF16","shape":[2,3],"data_offsets":[8,20]}}`

func TestSafetensorsValid(t *testing.T) {
	data := make([]byte, 20)
	binary.LittleEndian.PutUint32(data[0:], 0x3f800000) // a = [1, -2]
	binary.LittleEndian.PutUint32(data[4:], 0xc0000000)
	for i := range 6 {
		binary.LittleEndian.PutUint16(data[8+2*i:], F32ToBF16(float32(i)))
	}
	path := writeTemp(t, "m.safetensors", rawSafetensors(validHeader, data))
	c := mustOpen(t, path)
	a, b := mustTensor(t, c, "a"), mustTensor(t, c, "b")
	hdrEnd := int64(8 + len(validHeader))
	if a.Offset != hdrEnd || b.Offset != hdrEnd+8 || a.File != path {
		t.Errorf("offsets %d, %d in %s; want %d, %d in %s", a.Offset, b.Offset, a.File, hdrEnd, hdrEnd+8, path)
	}
	av, _ := a.Float32s()
	bv, _ := b.Float32s()
	if diff := cmp.Diff([]float32{1, -2}, av); diff != "" {
		t.Errorf("a (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]float32{0, 1, 2, 3, 4, 5}, bv); diff != "" {
		t.Errorf("b (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int64{2, 3}, b.Shape); diff != "" {
		t.Errorf("b shape (-want +got):\n%s", diff)
	}
}

// malformedCases are broken safetensors images and what their error must say. They also seed
// FuzzOpenSafetensors.
var malformedCases = []struct {
	name string
	file []byte
	want []string
}{
	{"empty file", nil, []string{"file is 0 bytes", "expected at least 8"}},
	{"truncated length", []byte{1, 2, 3}, []string{"file is 3 bytes"}},
	{"header too long", rawSafetensors("", nil)[:0:0], nil}, // replaced in init
	{"header past end", append(le64(1000), `{"a":1}`...), []string{"header length 1000 (bytes 0-7) runs past the end of the file", "expected at most 7"}},
	{"truncated data", rawSafetensors(`{"a":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}}`, make([]byte, 10)),
		[]string{`tensor "a"`, "data_offsets[1] = 16 runs past the end of the data section: expected at most 10", "truncated"}},
	{"bad JSON", rawSafetensors(`{"a":{"dtype":"F32",}}`, nil), []string{"byte 28: invalid JSON in the header", "invalid character '}'"}},
	{"JSON cut short", rawSafetensors(`{"a":{"dtype":"F32"`, nil), []string{"byte 27: the header's JSON ends early"}},
	{"not an object", rawSafetensors(`[1,2]`, nil), []string{"byte 8: expected the header to be a JSON object, found \"[\""}},
	{"trailing garbage", rawSafetensors(`{} x`, nil), []string{"byte 11: invalid JSON in the header", "after top-level value"}},
	{"invalid UTF-8", rawSafetensors("{\"a\xff\":1}", nil), []string{"byte 11: invalid UTF-8 in the header"}},
	{"entry not an object", rawSafetensors(`{"a":3}`, nil), []string{`tensor "a" (header entry at byte 12)`, "expected an object", "found number 3"}},
	{"missing dtype", rawSafetensors(`{"a":{"shape":[],"data_offsets":[0,0]}}`, nil), []string{`tensor "a"`, `missing "dtype"`}},
	{"missing offsets", rawSafetensors(`{"a":{"dtype":"F32","shape":[]}}`, nil), []string{`missing "data_offsets"`}},
	{"unknown dtype", rawSafetensors(`{"w":{"dtype":"Q4_K","shape":[1],"data_offsets":[0,1]}}`, []byte{0}), []string{`tensor "w"`, `unknown dtype "Q4_K"`, "expected one of BOOL, U8"}},
	{"negative dim", rawSafetensors(`{"a":{"dtype":"U8","shape":[-1],"data_offsets":[0,0]}}`, nil), []string{"shape[0] = -1, expected a non-negative integer"}},
	{"fractional dim", rawSafetensors(`{"a":{"dtype":"U8","shape":[1.5],"data_offsets":[0,0]}}`, nil), []string{"shape[0] = 1.5"}},
	{"shape overflow", rawSafetensors(`{"a":{"dtype":"F32","shape":[4294967296,4294967296],"data_offsets":[0,0]}}`, nil), []string{"byte size overflows int64"}},
	{"three offsets", rawSafetensors(`{"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1,2]}}`, []byte{0, 0}), []string{"data_offsets has 3 elements, expected 2"}},
	{"begin after end", rawSafetensors(`{"a":{"dtype":"U8","shape":[1],"data_offsets":[2,1]}}`, []byte{0, 0}), []string{"data_offsets [2, 1]: begin is after end"}},
	{"wrong size", rawSafetensors(`{"a":{"dtype":"BF16","shape":[2,3],"data_offsets":[0,10]}}`, make([]byte, 10)),
		[]string{`tensor "a"`, "hold 10 bytes, expected 12 (BF16 [2 3]: 6 elements x 2 bytes)"}},
	{"overlapping", rawSafetensors(`{"a":{"dtype":"U8","shape":[4],"data_offsets":[0,4]},"b":{"dtype":"U8","shape":[4],"data_offsets":[2,6]}}`, make([]byte, 6)),
		[]string{`tensor "b"`, "data [2, 6)", `overlaps tensor "a" data [0, 4)`}},
	{"duplicate name", rawSafetensors(`{"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1]},"a":{"dtype":"U8","shape":[1],"data_offsets":[1,2]}}`, make([]byte, 2)),
		[]string{`tensor "a"`, "duplicate name, first defined at byte 12"}},
	{"bad metadata", rawSafetensors(`{"__metadata__":{"n":1}}`, nil), []string{`"__metadata__" (header entry at byte 23): expected an object of string values`}},
}

func le64(n uint64) []byte { return binary.LittleEndian.AppendUint64(nil, n) }

func init() {
	for i := range malformedCases {
		if malformedCases[i].name == "header too long" {
			malformedCases[i].file = append(le64(200<<20), "{}"...)
			malformedCases[i].want = []string{"header length 209715200 (bytes 0-7) exceeds the limit of 104857600 bytes"}
		}
	}
}

func TestSafetensorsMalformed(t *testing.T) {
	for _, tt := range malformedCases {
		t.Run(tt.name, func(t *testing.T) {
			path := writeTemp(t, "bad.safetensors", tt.file)
			c, err := Open(path)
			if err == nil {
				c.Close()
			}
			wantErr(t, err, append([]string{path + ": "}, tt.want...)...)
		})
	}
}

func TestSafetensorsSeveralErrors(t *testing.T) {
	hdr := `{"a":{"dtype":"X","shape":[1],"data_offsets":[0,1]},"b":{"dtype":"U8","shape":[2],"data_offsets":[0,1]}}`
	_, _, err := parseSafetensors("f", rawSafetensors(hdr, []byte{0}))
	wantErr(t, err, `tensor "a"`, `unknown dtype "X"`, `tensor "b"`, "expected 2")
	if n := strings.Count(err.Error(), "\n") + 1; n != 2 {
		t.Errorf("got %d error lines, want 2:\n%v", n, err)
	}
}

func TestSafetensorsTolerated(t *testing.T) {
	tests := []struct {
		name string
		hdr  string
		data []byte
	}{
		{"gap between tensors and trailing bytes", `{"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1]},"b":{"dtype":"U8","shape":[1],"data_offsets":[3,4]}}`, make([]byte, 6)},
		{"empty tensors share an offset", `{"a":{"dtype":"F32","shape":[0],"data_offsets":[2,2]},"b":{"dtype":"U8","shape":[4],"data_offsets":[0,4]}}`, make([]byte, 4)},
		{"no tensors", `{}`, nil},
		{"unknown fields", `{"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1],"extra":true}}`, []byte{5}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, _, err := parseSafetensors("f", rawSafetensors(tt.hdr+"   ", tt.data)); err != nil {
				t.Errorf("unexpected error: %v", err)
			}
		})
	}
}
