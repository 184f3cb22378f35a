package evalppl

import (
	"fmt"
	"math"
)

// NLL returns the summed negative log-likelihood of targets under logits, one row of vocab
// logits per target (row k scores targets[k]), computing each row's log-softmax in float64:
// -log softmax(row)[t] = log(sum_j exp(row[j] - max)) + max - row[t].
// A target outside [0, vocab), a short logits slice or a non-finite logit is an error.
func NLL(logits []float32, vocab int, targets []int32) (float64, error) {
	if vocab <= 0 {
		return 0, fmt.Errorf("vocab size %d must be positive", vocab)
	}
	if len(logits) != len(targets)*vocab {
		return 0, fmt.Errorf("got %d logits for %d targets of vocab %d, want %d", len(logits), len(targets), vocab, len(targets)*vocab)
	}
	var sum float64
	for k, t := range targets {
		if t < 0 || int(t) >= vocab {
			return 0, fmt.Errorf("target %d at index %d is outside the vocabulary [0,%d)", t, k, vocab)
		}
		row := logits[k*vocab : (k+1)*vocab]
		m := math.Inf(-1)
		for _, x := range row {
			m = math.Max(m, float64(x))
		}
		if math.IsInf(m, 0) || math.IsNaN(m) {
			return 0, fmt.Errorf("logits row %d is not finite (max %v)", k, m)
		}
		var z float64
		for _, x := range row {
			z += math.Exp(float64(x) - m)
		}
		nll := math.Log(z) + m - float64(row[t])
		if math.IsNaN(nll) || math.IsInf(nll, 0) {
			return 0, fmt.Errorf("logits row %d gives a non-finite log-likelihood", k)
		}
		sum += nll
	}
	return sum, nil
}
