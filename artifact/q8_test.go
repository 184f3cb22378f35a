package artifact_test

import (
	"strings"
	"testing"

	"github.com/mtc-dev/mtc/artifact"
)

// TestValidateQ8 checks the validation of q8 weights, the quantize_q8 transform and the
// precision fields.
func TestValidateQ8(t *testing.T) {
	runValidateCases(t, func(m *artifact.Manifest) {
		m.Weights = append(m.Weights, artifact.Weight{Name: "a.q8", DType: artifact.DTypeQ8, Shape: []int64{8, 4}, Transform: artifact.TransformQuantizeQ8, Args: []string{"a"}})
	}, []validateCase{
		{"valid", func(m *artifact.Manifest) {}, ""},
		{"no argument", func(m *artifact.Manifest) { m.Weights[2].Args = nil }, "takes one argument, has 0"},
		{"two arguments", func(m *artifact.Manifest) { m.Weights[2].Args = []string{"a", "a"} }, "takes one argument, has 2"},
		{"not q8", func(m *artifact.Manifest) { m.Weights[2].DType = "bf16" }, "produces a q8 matrix, the manifest says bf16[8 4]"},
		{"not a matrix", func(m *artifact.Manifest) { m.Weights[2].Shape = []int64{32} }, "produces a q8 matrix"},
		{"precision", func(m *artifact.Manifest) { m.Precision = "sloppy" }, `unknown precision "sloppy"`},
		{"weights dtype", func(m *artifact.Manifest) { m.WeightsDType = "int4" }, `unknown weights_dtype "int4"`},
		{"fast int8", func(m *artifact.Manifest) { m.Precision, m.WeightsDType = artifact.PrecisionFast, artifact.WeightsInt8 }, ""},
	})
}

// validateCase edits the sample manifest and names the error Validate must report ("" for a
// valid manifest).
type validateCase struct {
	name string
	edit func(m *artifact.Manifest)
	want string
}

// runValidateCases validates the sample manifest (a CPU artifact), changed by setup (if not
// nil) and then by each case's edit.
func runValidateCases(t *testing.T, setup func(m *artifact.Manifest), cases []validateCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			m := sample()
			m.Files = map[string]artifact.File{artifact.FileSO: {Name: "kernels.so"}}
			if setup != nil {
				setup(m)
			}
			tt.edit(m)
			err := m.Validate()
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("valid manifest rejected: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("got %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

// TestWeightBytes checks the sizes of stored weights, q8 included.
func TestWeightBytes(t *testing.T) {
	for _, tt := range []struct {
		dtype string
		shape []int64
		want  int64
	}{
		{"f32", []int64{3, 5}, 60},
		{"bf16", []int64{3, 5}, 30},
		{"f16", []int64{7}, 14},
		{"i8", []int64{2, 2}, 4},
		{artifact.DTypeQ8, []int64{3, 64}, 3 * (64 + 8)},
		{artifact.DTypeQ8, []int64{2, 33}, 2 * (64 + 8)},
		{artifact.DTypeQ8, []int64{33}, -1},
		{"f64", []int64{1}, -1},
	} {
		if got := artifact.WeightBytes(tt.dtype, tt.shape); got != tt.want {
			t.Errorf("WeightBytes(%s, %v) = %d, want %d", tt.dtype, tt.shape, got, tt.want)
		}
	}
}
