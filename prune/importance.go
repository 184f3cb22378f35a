package prune

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"

	"github.com/mtc-dev/mtc/models"
)

// Importance holds the score of every prunable unit of a model: higher is more important.
type Importance struct {
	// Method is "activation" for scores from calibration, "random" for the baseline.
	Method string `json:"method"`
	// NeuronMetric is the activation MLP neurons were scored on (NeuronSqReLU or NeuronUp).
	NeuronMetric string `json:"neuron_metric,omitempty"`
	Samples      int    `json:"samples"` // calibration windows
	Tokens       int    `json:"tokens"`  // calibration tokens run (BOS included)

	// Embedding is the score of each residual channel [h]: the sum over every input and
	// post-attention LayerNorm of the channel's aggregated |output|.
	Embedding []float64 `json:"embedding"`
	// Layers holds one entry per running layer of the source, in order.
	Layers []LayerImportance `json:"layers"`
}

// LayerImportance holds the scores of one layer.
type LayerImportance struct {
	Index    int       `json:"index"`     // checkpoint layer index
	Block    float64   `json:"block"`     // BI = 1 - mean cos(x_in, x_out)
	Heads    []float64 `json:"heads"`     // [nh] query heads
	KVGroups []float64 `json:"kv_groups"` // [nkv] L2 norm of the group's query-head scores
	Neurons  []float64 `json:"neurons"`   // [f] MLP neurons
}

// The activations MLP neurons can be scored on.
const (
	// NeuronSqReLU scores neuron i on relu(x·W_up[i])², the input of down_proj (ModelOpt).
	NeuronSqReLU = "sqrelu"
	// NeuronUp scores neuron i on x·W_up[i], the up_proj output (the paper's formula).
	NeuronUp = "up"
)

// RandomImportance draws a uniform random score for every unit, so that ranking by it keeps a
// random subset of each axis with the same structure as an importance-based plan: the
// baseline of the Minitron ablations. The scores depend only on seed and the shape of s.
func RandomImportance(s *models.Spec, seed uint64) *Importance {
	rng := rand.New(rand.NewPCG(seed, 0x6d7463_7072756e)) // "mtcprun"
	draw := func(n int) []float64 {
		out := make([]float64, n)
		for i := range out {
			out[i] = rng.Float64()
		}
		return out
	}
	imp := &Importance{Method: "random", Embedding: draw(s.Hidden)}
	for _, l := range s.Layers {
		li := LayerImportance{Index: l.Index, Block: rng.Float64(), Heads: draw(l.Heads), Neurons: draw(l.FFN)}
		li.KVGroups = draw(l.KVHeads)
		imp.Layers = append(imp.Layers, li)
	}
	return imp
}

// groupScores returns the L2 norm of each group's query-head scores (g = nh/nkv consecutive
// heads per group).
func groupScores(heads []float64, nkv int) []float64 {
	g := len(heads) / nkv
	out := make([]float64, nkv)
	for j := range out {
		var s float64
		for _, h := range heads[j*g : (j+1)*g] {
			s += h * h
		}
		out[j] = math.Sqrt(s)
	}
	return out
}

// topK returns the indices of the k highest scores, in ascending index order. Ties keep the
// lower index.
func topK(scores []float64, k int) []int {
	idx := make([]int, len(scores))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(scores[b], scores[a]) })
	out := idx[:min(k, len(idx))]
	slices.Sort(out)
	return out
}

// complement returns the indices in [0, n) that are not in kept (ascending).
func complement(kept []int, n int) []int {
	in := make([]bool, n)
	for _, i := range kept {
		in[i] = true
	}
	out := []int{}
	for i := 0; i < n; i++ {
		if !in[i] {
			out = append(out, i)
		}
	}
	return out
}
