package runtime_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mtc-dev/mtc/runtime"
	"github.com/mtc-dev/mtc/weights"
)

// TestBindReportsAllProblems gives Bind a checkpoint with a missing tensor, a mis-shaped one and
// a mistyped one, and expects all three in one error, each with what was expected and found.
func TestBindReportsAllProblems(t *testing.T) {
	a, err := runtime.Load(writeArtifact(t, tinyManifest(), kernelLibrary(t, false)), runtime.Config{Threads: 1, Capacity: 8})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	w := newTinyWeights(1)
	var tensors []weights.WriteTensor
	for _, tn := range w.tensors(t) {
		switch tn.Name {
		case "lm_head.b.weight":
			continue // missing
		case "model.norm.weight":
			tn.Shape = []int64{tinyH / 2, 2} // same bytes, wrong shape
		case "model.embed_tokens.weight":
			b, err := weights.EncodeFloat32(weights.BF16, w.embed)
			if err != nil {
				t.Fatal(err)
			}
			tn.DType, tn.Data = weights.BF16, b
		}
		tensors = append(tensors, tn)
	}
	_, err = a.Bind(writeCheckpoint(t, tensors))
	if err == nil {
		t.Fatal("Bind succeeded")
	}
	for _, want := range []string{
		"3 problems",
		`tensor "lm_head.b.weight": missing, expected F32 [4 8]`,
		`tensor "model.norm.weight" (byte offset`,
		"shape expected [8], found [4 2]",
		`tensor "model.embed_tokens.weight" (byte offset`,
		"dtype expected F32, found BF16",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error does not contain %q:\n%v", want, err)
		}
	}
	if strings.Contains(err.Error(), "model.unused.bias") {
		t.Errorf("an unused tensor is reported as a problem:\n%v", err)
	}
}

// TestBindUnused lists the checkpoint tensors the program does not read.
func TestBindUnused(t *testing.T) {
	_, md := loadTiny(t, runtime.Config{Threads: 1, Capacity: 8}, newTinyWeights(1))
	got := md.Unused()
	if len(got) != 1 || !strings.Contains(got[0], `tensor "model.unused.bias"`) || !strings.Contains(got[0], "not used by the model") {
		t.Errorf("Unused() = %q, want one line about model.unused.bias", got)
	}
}

// TestBindDerivedWeights checks the order of a concat.
func TestBindDerivedWeights(t *testing.T) {
	// Two models from checkpoints that differ only in lm_head.b: the logits of the rows from
	// lm_head.a agree and those from lm_head.b differ, which shows concat stacks a then b.
	w1, w2 := newTinyWeights(9), newTinyWeights(9)
	for i := range w2.lmB {
		w2.lmB[i] += 1
	}
	step := func(w *tinyWeights) []float32 {
		_, md := loadTiny(t, runtime.Config{Threads: 2, Capacity: 8}, w)
		s := md.NewSession()
		defer s.Close()
		got, err := s.Step([]int32{3, 1}, 1)
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	l1, l2 := step(w1), step(w2)
	if diff := cmp.Diff(l1[:tinyVocabA], l2[:tinyVocabA]); diff != "" {
		t.Errorf("rows from lm_head.a changed with lm_head.b:\n%s", diff)
	}
	if slices.Equal(l1[tinyVocabA:], l2[tinyVocabA:]) {
		t.Error("rows from lm_head.b did not change with lm_head.b")
	}
}
