package weights

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mtc-dev/mtc/internal/diag"
)

func TestCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.safetensors")
	err := Write(path, []WriteTensor{
		{Name: "w.f32", DType: F32, Shape: []int64{2, 2}, Data: make([]byte, 16)},
		{Name: "w.bf16", DType: BF16, Shape: []int64{3}, Data: make([]byte, 6)},
		{Name: "ids", DType: I32, Shape: []int64{2}, Data: make([]byte, 8)},
		{Name: "unused", DType: U8, Shape: []int64{1}, Data: []byte{0}},
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	c := mustOpen(t, path)
	loc := func(s string) string { return path + ": " + s }
	at := func(name string) string { return fmt.Sprint(mustTensor(t, c, name).Offset) }
	tests := []struct {
		name      string
		want      []Expect
		problems  []string
		extra     []string
		ignoreErr bool // IgnoreExtra(err) == nil
	}{
		{
			name: "all good, one extra",
			want: []Expect{
				{Name: "w.f32", Shape: []int64{2, 2}},
				{Name: "w.bf16", Shape: []int64{3}, DTypes: []DType{BF16, F32}},
				{Name: "ids", Shape: []int64{2}, DTypes: []DType{I32}},
			},
			extra:     []string{loc(`tensor "unused" (byte offset ` + at("unused") + `, U8 [1]): not used by the model`)},
			ignoreErr: true,
		},
		{
			name: "missing, mis-shaped, wrong dtype",
			want: []Expect{
				{Name: "w.f32", Shape: []int64{4, 4}},
				{Name: "w.bf16", Shape: []int64{3}, DTypes: []DType{F32}},
				{Name: "ids", Shape: []int64{2}}, // any float: I32 is not
				{Name: "absent", Shape: []int64{7}, DTypes: []DType{BF16}},
				{Name: "unused", Shape: []int64{1}, DTypes: []DType{U8}},
			},
			problems: []string{
				loc(`tensor "absent": missing, expected BF16 [7]`),
				loc(`tensor "ids" (byte offset ` + at("ids") + `): dtype expected a float dtype, found I32`),
				loc(`tensor "w.bf16" (byte offset ` + at("w.bf16") + `): dtype expected F32, found BF16`),
				loc(`tensor "w.f32" (byte offset ` + at("w.f32") + `): shape expected [4 4], found [2 2]`),
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Check(c, tt.want)
			var ce *CheckError
			if !errors.As(err, &ce) {
				t.Fatalf("Check returned %v, want a *CheckError", err)
			}
			if diff := cmp.Diff(tt.problems, lines(ce.Problems)); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.extra, lines(ce.Extra)); diff != "" {
				t.Errorf("extra (-want +got):\n%s", diff)
			}
			if got := IgnoreExtra(err) == nil; got != tt.ignoreErr {
				t.Errorf("IgnoreExtra(err) == nil is %v, want %v", got, tt.ignoreErr)
			}
			if want := strings.Join(append(append([]string{}, tt.problems...), tt.extra...), "\n"); err.Error() != want {
				t.Errorf("Error() =\n%s\nwant\n%s", err, want)
			}
			if d, ok := diag.As(err); !ok || d.Pos.File != path {
				t.Errorf("diag.As(err) = %v, %v; want an error located in %s", d, ok, path)
			}
		})
	}
	all := []Expect{{Name: "w.f32", Shape: []int64{2, 2}}, {Name: "w.bf16", Shape: []int64{3}}, {Name: "ids", Shape: []int64{2}, DTypes: []DType{I32}}, {Name: "unused", Shape: []int64{1}, DTypes: []DType{U8}}}
	if err := Check(c, all); err != nil {
		t.Errorf("Check with every tensor expected: %v", err)
	}
	if err := IgnoreExtra(errors.New("other")); err == nil || err.Error() != "other" {
		t.Errorf("IgnoreExtra changed an unrelated error: %v", err)
	}
}

// lines returns the messages of l, or nil when it is empty.
func lines(l diag.List) []string {
	var out []string
	for _, e := range l {
		out = append(out, e.Error())
	}
	return out
}
