package prune

import "github.com/mtc-dev/mtc/models"

// Report is prune-report.json: how the model was pruned, the scores of every axis and what
// was removed.
type Report struct {
	Source      string             `json:"source"` // the source checkpoint
	Model       string             `json:"model"`  // the source model's name
	Pruned      string             `json:"pruned"` // the pruned model's name
	Method      string             `json:"method"` // MethodImportance or MethodRandom
	Seed        *uint64            `json:"seed,omitempty"`
	Calibration *CalibrationReport `json:"calibration,omitempty"`
	Before      ShapeReport        `json:"before"`
	After       ShapeReport        `json:"after"`
	Removed     RemovedReport      `json:"removed"`
	Importance  *Importance        `json:"importance"`
}

// The pruning methods.
const (
	MethodImportance = "importance" // rank by activation importance from calibration
	MethodRandom     = "random"     // rank by RandomImportance (the baseline)
)

// CalibrationReport describes the calibration run.
type CalibrationReport struct {
	File         string  `json:"file"`
	Tokens       int     `json:"tokens"`  // tokens run, BOS included
	Windows      int     `json:"windows"` // samples
	Seq          int     `json:"seq"`     // tokens per window, BOS included
	Seconds      float64 `json:"seconds"`
	NeuronMetric string  `json:"neuron_metric"`
	Aggregation  string  `json:"aggregation"`
}

// Aggregation names the aggregation Calibrate uses.
const Aggregation = "per sample mean of |activation| over the sequence, L2 over samples; heads: L2 over head_dim channels; KV groups: L2 over their query heads; embedding: sum over input and post-attention LayerNorms; block: 1 - mean cos(x_in, x_out)"

// ShapeReport is the shape and size of a model.
type ShapeReport struct {
	Hidden             int           `json:"hidden_size"`
	Layers             []LayerReport `json:"layers"`
	Params             int64         `json:"params"`
	NonEmbeddingParams int64         `json:"non_embedding_params"`
}

// LayerReport is the shape of one layer.
type LayerReport struct {
	Index   int `json:"index"`
	Heads   int `json:"num_heads"`
	KVHeads int `json:"num_kv_heads"`
	FFN     int `json:"ffn_size"`
}

// RemovedReport lists what pruning removed, by source indices.
type RemovedReport struct {
	Layers            []int                `json:"layers"`         // running layers deleted
	SourceDropped     []int                `json:"source_dropped"` // layers the source spec already skipped
	EmbeddingChannels []int                `json:"embedding_channels"`
	PerLayer          []LayerRemovedReport `json:"per_layer"`
}

// LayerRemovedReport lists what one kept layer lost.
type LayerRemovedReport struct {
	Index    int   `json:"index"`     // source checkpoint index
	NewIndex int   `json:"new_index"` // index in the pruned model
	Heads    []int `json:"heads"`
	KVHeads  []int `json:"kv_heads"`
	Neurons  []int `json:"neurons"`
}

func shapeOf(s *models.Spec) ShapeReport {
	st := s.Stats(0)
	r := ShapeReport{Hidden: s.Hidden, Params: st.Params, NonEmbeddingParams: st.NonEmbeddingParams}
	for _, l := range s.Layers {
		r.Layers = append(r.Layers, LayerReport{Index: l.Index, Heads: l.Heads, KVHeads: l.KVHeads, FFN: l.FFN})
	}
	return r
}

// NewReport describes the pruning of src into out by plan. imp is the importance the plan was
// made from; the caller fills Source, Method, Seed and Calibration.
func NewReport(src, out *models.Spec, plan *Plan, imp *Importance) *Report {
	r := &Report{Model: src.Name, Pruned: out.Name, Before: shapeOf(src), After: shapeOf(out), Importance: imp}
	r.Removed.Layers = append([]int{}, plan.Dropped...)
	r.Removed.SourceDropped = []int{}
	for _, l := range src.Dropped {
		r.Removed.SourceDropped = append(r.Removed.SourceDropped, l.Index)
	}
	r.Removed.EmbeddingChannels = complement(plan.Hidden, src.Hidden)
	for k, lp := range plan.Layers {
		var s models.Layer
		for _, l := range src.Layers {
			if l.Index == lp.Index {
				s = l
			}
		}
		r.Removed.PerLayer = append(r.Removed.PerLayer, LayerRemovedReport{
			Index: lp.Index, NewIndex: k,
			Heads:   complement(lp.Heads, s.Heads),
			KVHeads: complement(lp.KVHeads, s.KVHeads),
			Neurons: complement(lp.Neurons, s.FFN),
		})
	}
	return r
}
