package models

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
)

// InspectOptions control WriteInspect.
type InspectOptions struct {
	Context int    // T for the FLOPs figures; 0 means the spec's max_position_embeddings
	KVDType string // KV-cache dtype for the cache figures: "f32", "bf16" (default) or "f16"
}

// WriteInspect writes a human-readable summary of s: its shape, parameter counts, FLOPs per
// token, KV-cache and weight sizes, then a per-layer table in which runs of identical
// consecutive layers share one row and dropped layers are marked.
func WriteInspect(w io.Writer, s *Spec, opts InspectOptions) error {
	ctx := opts.Context
	if ctx <= 0 {
		ctx = s.MaxPositions
	}
	kvType := opts.KVDType
	if kvType == "" {
		kvType = DTypeBF16
	}
	kvSize, err := DTypeSize(kvType)
	if err != nil {
		return fmt.Errorf("inspect: KV-cache %w", err)
	}
	st := s.Stats(ctx)

	var b strings.Builder
	name := s.Name
	if s.Source != "" {
		name += "  (" + s.Source + ")"
	}
	fmt.Fprintf(&b, "model        %s\n", name)
	fmt.Fprintf(&b, "shape        vocab %d, hidden %d, head_dim %d, %d layers (%d run", s.VocabSize, s.Hidden, s.HeadDim, s.NumLayers, len(s.Layers))
	if len(s.Dropped) > 0 {
		fmt.Fprintf(&b, ", %d dropped", len(s.Dropped))
	}
	b.WriteString(")\n")
	fmt.Fprintf(&b, "attention    heads %d, kv heads %d, rotary %d of %d dims (theta %s, scaling %s)\n",
		s.Heads, s.KVHeads, s.RotaryDims, s.HeadDim, formatFloat(s.RopeTheta), formatFloat(s.RopeScaling))
	fmt.Fprintf(&b, "mlp          %s, ffn %d\n", s.Activation, s.FFN)
	fmt.Fprintf(&b, "norm         %s, eps %s\n", s.Norm, strconv.FormatFloat(s.NormEps, 'g', -1, 64))
	fmt.Fprintf(&b, "checkpoint   %s, tie_embeddings %t, max positions %d, bos %d, eos %d\n",
		s.DType, s.TieEmbeddings, s.MaxPositions, s.BOS, s.EOS)
	if !s.Homogeneous() {
		b.WriteString("             (uniform values above; see the layer table for overrides)\n")
	}
	b.WriteString("\n")
	fmt.Fprintf(&b, "params       %s (%s)\n", commas(st.Params), humanCount(st.Params))
	fmt.Fprintf(&b, "  embedding  %s\n", commas(st.EmbeddingParams))
	fmt.Fprintf(&b, "  non-embed  %s (%s)\n", commas(st.NonEmbeddingParams), humanCount(st.NonEmbeddingParams))
	fmt.Fprintf(&b, "  matmul     %s (N_mm)\n", commas(st.MatmulParams))
	fmt.Fprintf(&b, "FLOPs/token  %s at T=0, %s at T=%d (+%s per position)\n",
		siFLOP(st.FLOPsPerTokenT0), siFLOP(st.FLOPsPerToken), ctx, commas(st.AttnFLOPsPerPosition))
	kvTok := st.KVBytesPerToken(kvSize)
	fmt.Fprintf(&b, "KV cache     %s B/token (%s), %s at %d positions\n",
		commas(kvTok), kvType, binaryBytes(satMul(kvTok, int64(ctx))), ctx)
	fmt.Fprintf(&b, "weights      %s (bf16), %s (f32)\n", decimalBytes(st.WeightBytesBF16), decimalBytes(st.WeightBytesF32))
	b.WriteString("\n")
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}

	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "layers\theads\tkv\tffn\tparams\tFLOPs/token@T=%d\tKV B/token\n", ctx)
	for _, row := range layerRows(s, st, kvSize) {
		fmt.Fprintln(tw, row)
	}
	return tw.Flush()
}

// layerRows formats the per-layer table, one row per run of identical consecutive layers.
func layerRows(s *Spec, st Stats, kvSize int) []string {
	byIndex := map[int]LayerStats{}
	for _, ls := range st.Layers {
		byIndex[ls.Index] = ls
	}
	type row struct {
		first, last int
		l           Layer
		dropped     bool
	}
	var rows []row
	for _, l := range s.AllLayers() {
		_, running := byIndex[l.Index]
		key := Layer{Heads: l.Heads, KVHeads: l.KVHeads, FFN: l.FFN}
		if n := len(rows); n > 0 {
			r := &rows[n-1]
			if r.last+1 == l.Index && r.dropped == !running && r.l == key {
				r.last = l.Index
				continue
			}
		}
		rows = append(rows, row{first: l.Index, last: l.Index, l: key, dropped: !running})
	}
	out := make([]string, len(rows))
	for i, r := range rows {
		label := strconv.Itoa(r.first)
		if r.last != r.first {
			label += "-" + strconv.Itoa(r.last)
		}
		cells := []string{label, strconv.Itoa(r.l.Heads), strconv.Itoa(r.l.KVHeads), strconv.Itoa(r.l.FFN)}
		if r.dropped {
			cells = append(cells, "(dropped)", "-", "-")
		} else {
			ls := byIndex[r.first]
			cells = append(cells, commas(ls.Params), commas(ls.FLOPsPerToken), commas(ls.KVBytesPerToken(kvSize)))
		}
		out[i] = strings.Join(cells, "\t")
	}
	return out
}

// InspectJSON returns the figures of WriteInspect as JSON for tools: params_total,
// params_embedding, params_non_embedding, params_matmul, flops_per_token (T = 0),
// attention_flops_per_position, flops_per_token_at_max_positions, kv_bytes_per_token (bf16 KV
// cache), weight_bytes_bf16, weight_bytes_f32, and per running layer its index, sizes, params,
// flops_per_token (T = 0) and kv_bytes_per_token (bf16), plus the dropped layers' indices.
func InspectJSON(s *Spec) []byte {
	st := s.Stats(s.MaxPositions)
	type layerJSON struct {
		Index           int   `json:"index"`
		Heads           int   `json:"num_heads"`
		KVHeads         int   `json:"num_kv_heads"`
		FFN             int   `json:"ffn_size"`
		Params          int64 `json:"params"`
		FLOPsPerToken   int64 `json:"flops_per_token"`
		KVBytesPerToken int64 `json:"kv_bytes_per_token"`
	}
	out := struct {
		Name                  string      `json:"name"`
		Source                string      `json:"source,omitempty"`
		NumLayers             int         `json:"num_layers"`
		ParamsTotal           int64       `json:"params_total"`
		ParamsEmbedding       int64       `json:"params_embedding"`
		ParamsNonEmbedding    int64       `json:"params_non_embedding"`
		ParamsMatmul          int64       `json:"params_matmul"`
		FLOPsPerToken         int64       `json:"flops_per_token"`
		AttnFLOPsPerPosition  int64       `json:"attention_flops_per_position"`
		MaxPositions          int         `json:"max_positions"`
		FLOPsPerTokenAtMaxPos int64       `json:"flops_per_token_at_max_positions"`
		KVBytesPerToken       int64       `json:"kv_bytes_per_token"`
		WeightBytesBF16       int64       `json:"weight_bytes_bf16"`
		WeightBytesF32        int64       `json:"weight_bytes_f32"`
		Layers                []layerJSON `json:"layers"`
		DroppedLayers         []int       `json:"dropped_layers"`
	}{
		Name:                  s.Name,
		Source:                s.Source,
		NumLayers:             s.NumLayers,
		ParamsTotal:           st.Params,
		ParamsEmbedding:       st.EmbeddingParams,
		ParamsNonEmbedding:    st.NonEmbeddingParams,
		ParamsMatmul:          st.MatmulParams,
		FLOPsPerToken:         st.FLOPsPerTokenT0,
		AttnFLOPsPerPosition:  st.AttnFLOPsPerPosition,
		MaxPositions:          s.MaxPositions,
		FLOPsPerTokenAtMaxPos: st.FLOPsPerToken,
		KVBytesPerToken:       st.KVBytesPerToken(2),
		WeightBytesBF16:       st.WeightBytesBF16,
		WeightBytesF32:        st.WeightBytesF32,
		Layers:                []layerJSON{},
		DroppedLayers:         []int{},
	}
	for _, ls := range st.Layers {
		out.Layers = append(out.Layers, layerJSON{
			Index: ls.Index, Heads: ls.Heads, KVHeads: ls.KVHeads, FFN: ls.FFN,
			Params: ls.Params, FLOPsPerToken: 2 * ls.MatmulParams, KVBytesPerToken: ls.KVBytesPerToken(2),
		})
	}
	for _, l := range s.Dropped {
		out.DroppedLayers = append(out.DroppedLayers, l.Index)
	}
	data, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		panic("models: encoding inspect JSON: " + err.Error()) // plain ints and strings
	}
	return append(data, '\n')
}

// commas writes n with thousands separators: 8,271,699,968.
func commas(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// humanCount writes a count with a decimal suffix: 8.27B, 192.95M, 4.13K.
func humanCount(n int64) string {
	v := float64(n)
	switch {
	case v >= 1e12:
		return fmt.Sprintf("%.2fT", v/1e12)
	case v >= 1e9:
		return fmt.Sprintf("%.2fB", v/1e9)
	case v >= 1e6:
		return fmt.Sprintf("%.2fM", v/1e6)
	case v >= 1e3:
		return fmt.Sprintf("%.2fK", v/1e3)
	}
	return strconv.FormatInt(n, 10)
}

// siFLOP writes a FLOP count with an SI prefix: 14.45 GFLOP, 397.31 kFLOP.
func siFLOP(n int64) string {
	v := float64(n)
	for _, u := range []struct {
		scale  float64
		prefix string
	}{{1e15, "P"}, {1e12, "T"}, {1e9, "G"}, {1e6, "M"}, {1e3, "k"}} {
		if v >= u.scale {
			return fmt.Sprintf("%.2f %sFLOP", v/u.scale, u.prefix)
		}
	}
	return fmt.Sprintf("%d FLOP", n)
}

// decimalBytes writes a byte count in GB/MB/kB (powers of 1000), as model sizes are quoted.
func decimalBytes(n int64) string {
	v := float64(n)
	switch {
	case v >= 1e9:
		return fmt.Sprintf("%.2f GB", v/1e9)
	case v >= 1e6:
		return fmt.Sprintf("%.2f MB", v/1e6)
	case v >= 1e3:
		return fmt.Sprintf("%.2f kB", v/1e3)
	}
	return fmt.Sprintf("%d B", n)
}

// binaryBytes writes a byte count in GiB/MiB/KiB, as memory is sized.
func binaryBytes(n int64) string {
	v := float64(n)
	switch {
	case v >= 1<<30:
		return fmt.Sprintf("%.2f GiB", v/(1<<30))
	case v >= 1<<20:
		return fmt.Sprintf("%.2f MiB", v/(1<<20))
	case v >= 1<<10:
		return fmt.Sprintf("%.2f KiB", v/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}
