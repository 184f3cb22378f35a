//go:build experiment

package prune

// The pruning experiment on kjv-small: importance-based vs random pruning (mean of 3 seeds) in
// held-out perplexity, one axis at a time, without retraining. Run it with
//
//	go test -tags experiment -run TestExperiment -v -timeout 60m ./prune [-args -experiment.backend interp]
//
// It prints a Markdown table. Each pruned model is written to a temporary folder and evaluated
// with the perplexity protocol of internal/evalppl over the whole heldout.txt (66 windows of
// 256), on the cpu backend unless another is asked for.

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mtc-dev/mtc/internal/driver"
	"github.com/mtc-dev/mtc/internal/evalppl"
	"github.com/mtc-dev/mtc/tokenizer"
)

var (
	expBackend = flag.String("experiment.backend", driver.BackendCPU, "backend that evaluates perplexity")
	expWindows = flag.Int("experiment.windows", 0, "evaluate only the first N held-out windows (0 = all 66)")
	expOut     = flag.String("experiment.out", "", "also write the table to this file")
)

func TestExperiment(t *testing.T) {
	ctx := context.Background()
	dir := caseDir("kjv-small")
	src := mustLoad(t, dir)
	ckpt := mustOpen(t, dir)
	tok, err := tokenizer.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	calib, err := CalibrationTokens(filepath.Join(dir, "calib.txt"), tok, DefaultCalibTokens)
	if err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile(filepath.Join(dir, "heldout.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var heldout []int32
	for _, id := range tok.Encode(string(text)) {
		heldout = append(heldout, int32(id))
	}
	ppl := func(model string) float64 {
		s, err := driver.Open(ctx, model, model, driver.OpenOptions{Backend: *expBackend, Capacity: 256})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		r, err := evalppl.Evaluate(ctx, s.Engine, heldout, evalppl.Options{Ctx: 256, BOS: s.Spec.BOS, Vocab: s.Spec.VocabSize, MaxWindows: *expWindows})
		if err != nil {
			t.Fatal(err)
		}
		return r.PPL
	}
	imps := map[string]*Importance{}
	for _, metric := range []string{NeuronSqReLU, NeuronUp} {
		start := time.Now()
		if imps[metric], err = Calibrate(ctx, src, ckpt, calib, CalibOptions{Seq: 256, NeuronMetric: metric}); err != nil {
			t.Fatal(err)
		}
		t.Logf("calibration (%s): %d tokens in %d windows, %.1f s", metric, imps[metric].Tokens, imps[metric].Samples, time.Since(start).Seconds())
	}
	prunedPPL := func(target Target, imp *Importance, name string) (float64, *Plan) {
		plan, err := MakePlan(src, &target, imp)
		if err != nil {
			t.Fatal(err)
		}
		ps, ts, err := Apply(src, ckpt, plan, name)
		if err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(t.TempDir(), name)
		if err := WriteFolder(out, ps, ts, NewReport(src, ps, plan, imp), ""); err != nil {
			t.Fatal(err)
		}
		return ppl(out), plan
	}
	base := ppl(dir)
	rows := []string{
		fmt.Sprintf("base model (%s parameters): ppl **%.4f**; backend %s, %s held-out windows of 256, calibration %d tokens of calib.txt", commas(src.Stats(0).Params), base, *expBackend, windowsText(), imps[NeuronSqReLU].Tokens),
		"",
		"| pruning (no retraining) | params | importance | random (mean of seeds 1-3) | random per seed | removed by importance |",
		"|---|---|---|---|---|---|",
	}
	for _, e := range []struct {
		name   string
		target Target
		metric string
	}{
		{"MLP neurons 1024 -> 512 (relu² activation)", Target{FFN: 512}, NeuronSqReLU},
		{"MLP neurons 1024 -> 512 (up_proj pre-activation)", Target{FFN: 512}, NeuronUp},
		{"query heads 8 -> 4 (2 KV groups kept, 2 of 4 per group)", Target{Heads: 4}, NeuronSqReLU},
		{"embedding channels 256 -> 192", Target{Hidden: 192}, NeuronSqReLU},
		{"one layer (4 -> 3) by block importance", Target{Layers: 3}, NeuronSqReLU},
	} {
		imp := imps[e.metric]
		p, plan := prunedPPL(e.target, imp, "importance")
		var rs []string
		var sum float64
		var params int64
		for seed := uint64(1); seed <= 3; seed++ {
			r, rplan := prunedPPL(e.target, RandomImportance(src, seed), fmt.Sprintf("random-%d", seed))
			params = PrunedSpec(src, rplan, "x").Stats(0).Params
			sum += r
			rs = append(rs, fmt.Sprintf("%.2f", r))
		}
		rows = append(rows, fmt.Sprintf("| %s | %s | **%.2f** | %.2f | %s | %s |", e.name, commas(params), p, sum/3, strings.Join(rs, ", "), removedText(src.Hidden, plan, imp)))
		t.Logf("%s: importance %.3f, random %s", e.name, p, strings.Join(rs, ", "))
	}
	table := strings.Join(rows, "\n") + "\n"
	t.Log("\n" + table)
	if *expOut != "" {
		if err := os.WriteFile(*expOut, []byte(table), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func windowsText() string {
	if *expWindows > 0 {
		return fmt.Sprint(*expWindows)
	}
	return "all 66"
}

// removedText summarises what importance removed for the table's last column.
func removedText(hidden int, p *Plan, imp *Importance) string {
	if len(p.Dropped) > 0 {
		var bi []string
		for _, l := range imp.Layers {
			bi = append(bi, fmt.Sprintf("%.3f", l.Block))
		}
		return fmt.Sprintf("layer %v (BI per layer %s)", p.Dropped, strings.Join(bi, " "))
	}
	if len(p.Hidden) < hidden {
		return fmt.Sprintf("%d channels", hidden-len(p.Hidden))
	}
	var parts []string
	for _, lp := range p.Layers {
		if len(lp.Heads) < len(imp.Layers[lp.Index].Heads) {
			parts = append(parts, fmt.Sprintf("L%d heads %v", lp.Index, complement(lp.Heads, len(imp.Layers[lp.Index].Heads))))
		}
	}
	if len(parts) > 0 {
		return strings.Join(parts, "; ")
	}
	return "half the neurons of each layer"
}

func commas(n int64) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
