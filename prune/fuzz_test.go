package prune

import (
	"testing"

	"github.com/mtc-dev/mtc/models"
)

// FuzzMakePlan: any target either gives a clear error or a plan that keeps the GQA structure
// and cuts a valid spec; it never panics.
func FuzzMakePlan(f *testing.F) {
	f.Add(0, 0, 0, 0, 0, uint64(1), uint8(0))
	f.Add(64, 2, 1, 100, 2, uint64(2), uint8(0))
	f.Add(96, 5, 0, 0, 0, uint64(3), uint8(0))
	f.Add(0, 6, 1, 0, 0, uint64(4), uint8(0))
	f.Add(0, 0, 0, 0, 0, uint64(5), uint8(0b101))
	f.Add(-1, 0, 0, -5, 9, uint64(6), uint8(0b111))
	src := mustLoadF(f, caseDir("tiny-decoupled-f32"))
	f.Fuzz(func(t *testing.T, hidden, heads, kv, ffn, layers int, seed uint64, drop uint8) {
		target := &Target{Hidden: hidden, Heads: heads, KVHeads: kv, FFN: ffn, Layers: layers}
		if drop != 0 {
			target.Layers = 0
			for i := 0; i < 8; i++ {
				if drop&(1<<i) != 0 {
					target.DropLayers = append(target.DropLayers, i)
				}
			}
		}
		p, err := MakePlan(src, target, RandomImportance(src, seed))
		if err != nil {
			return
		}
		if err := p.check(src); err != nil {
			t.Fatalf("target %+v: invalid plan: %v", target, err)
		}
		if err := PrunedSpec(src, p, "fuzz").Validate(); err != nil {
			t.Fatalf("target %+v: invalid pruned spec: %v", target, err)
		}
	})
}

func mustLoadF(f *testing.F, dir string) *models.Spec {
	s, err := models.Load(dir)
	if err != nil {
		f.Fatal(err)
	}
	return s
}
