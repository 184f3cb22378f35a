// Package evalppl measures perplexity with the protocol of the reference test cases
// (testdata/nemotron/kjv-small/README.txt):
//
//  1. the text is tokenized as one string, without BOS;
//  2. the tokens are cut into consecutive, non-overlapping windows of ctx tokens and the last
//     partial window is dropped (Windows);
//  3. every window is evaluated on its own, from an empty KV cache, with BOS prepended: the
//     input is BOS + w[0:ctx-1] at positions 0..ctx-1 and the logits at position k predict
//     w[k], so every token of the window is scored;
//  4. ppl = exp(mean over all scored tokens of -log softmax(logits)[target]).
//
// The log-softmax and every sum are computed in float64 (NLL), so the figure does not depend
// on the order the rows are visited in. Evaluate runs the protocol against anything that can
// run a step and reset its cache (Engine); internal/driver's engines satisfy it.
package evalppl
