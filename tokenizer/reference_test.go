package tokenizer

import (
	"encoding/binary"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// promptsFile is the structure of testdata/nemotron/*/prompts.json: prompts with the ids the
// SentencePiece library (python3-sentencepiece 0.1.97) gives them.
type promptsFile struct {
	Tokenizer      string         `json:"tokenizer"`
	ModelType      string         `json:"model_type"`
	ByteFallback   bool           `json:"byte_fallback"`
	SpecialIDs     map[string]int `json:"special_ids"`
	AddDummyPrefix bool           `json:"add_dummy_prefix"`
	Normalization  string         `json:"normalization"`
	Prompts        []struct {
		Text       string   `json:"text"`
		IDs        []int    `json:"ids"`
		IDsWithBOS []int    `json:"ids_with_bos"`
		Pieces     []string `json:"pieces"`
	} `json:"prompts"`
}

// checkpointDirs are the test checkpoints that ship a tokenizer.model and prompts.json.
func checkpointDirs(t testing.TB) []string {
	t.Helper()
	dirs, err := filepath.Glob("../testdata/nemotron/*/prompts.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(dirs) == 0 {
		t.Fatal("no ../testdata/nemotron/*/prompts.json")
	}
	for i, d := range dirs {
		dirs[i] = filepath.Dir(d)
	}
	return dirs
}

func readPrompts(t testing.TB, dir string) *promptsFile {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "prompts.json"))
	if err != nil {
		t.Fatal(err)
	}
	var p promptsFile
	if err := json.Unmarshal(data, &p); err != nil {
		t.Fatalf("%s/prompts.json: %v", dir, err)
	}
	if len(p.Prompts) == 0 {
		t.Fatalf("%s/prompts.json has no prompts", dir)
	}
	return &p
}

func mustLoad(t testing.TB, path string) *Tokenizer {
	t.Helper()
	tok, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

func TestPromptsMatchSentencePiece(t *testing.T) {
	for _, dir := range checkpointDirs(t) {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			pf := readPrompts(t, dir)
			tok := mustLoad(t, filepath.Join(dir, pf.Tokenizer))
			for _, p := range pf.Prompts {
				if diff := cmp.Diff(p.IDs, tok.Encode(p.Text)); diff != "" {
					t.Errorf("Encode(%q) (-want +got):\n%s", p.Text, diff)
				}
				if diff := cmp.Diff(p.IDsWithBOS, tok.EncodeWithBOS(p.Text)); diff != "" {
					t.Errorf("EncodeWithBOS(%q) (-want +got):\n%s", p.Text, diff)
				}
				var pieces []string
				for _, id := range p.IDs {
					pieces = append(pieces, tok.Piece(id))
				}
				if diff := cmp.Diff(p.Pieces, pieces); diff != "" {
					t.Errorf("Piece of the ids of %q (-want +got):\n%s", p.Text, diff)
				}
				if got := tok.Decode(p.IDs); got != p.Text {
					t.Errorf("Decode(ids of %q) = %q", p.Text, got)
				}
				if got := tok.Decode(p.IDsWithBOS); got != p.Text {
					t.Errorf("Decode(ids_with_bos of %q) = %q", p.Text, got)
				}
				if got := streamAll(tok, p.IDsWithBOS); got != p.Text {
					t.Errorf("stream of ids_with_bos of %q = %q", p.Text, got)
				}
			}
		})
	}
}

// streamAll pushes ids through a new Stream and returns all the text plus Flush.
func streamAll(tok *Tokenizer, ids []int) string {
	s := NewStream(tok)
	var out strings.Builder
	for _, id := range ids {
		out.WriteString(s.Push(id))
	}
	out.WriteString(s.Flush())
	return out.String()
}

// TestHeldoutTokenCount checks the count the kjv-small README gives for its perplexity
// protocol: heldout.txt tokenized as one string, no BOS, is 16,900 tokens.
func TestHeldoutTokenCount(t *testing.T) {
	tok := mustLoad(t, "../testdata/nemotron/kjv-small")
	text := readText(t, "../testdata/nemotron/kjv-small/heldout.txt")
	ids := tok.Encode(text)
	if len(ids) != 16900 {
		t.Errorf("Encode(heldout.txt) gives %d tokens, want 16900", len(ids))
	}
	if got := tok.Decode(ids); got != text {
		t.Errorf("Decode(Encode(heldout.txt)) differs from heldout.txt at byte %d", firstDiff(got, text))
	}
	if got := streamAll(tok, ids); got != text {
		t.Errorf("stream of Encode(heldout.txt) differs from heldout.txt at byte %d", firstDiff(got, text))
	}
}

// TestLlamaCppReference checks against the tokens llama.cpp used for kjv-small's reference
// logits (BOS + the first 47 tokens of line 112 of heldout.txt) and its greedy continuation,
// which the README says decodes to a known text.
func TestLlamaCppReference(t *testing.T) {
	const dir = "../testdata/nemotron/kjv-small"
	tok := mustLoad(t, dir)
	ref := filepath.Join(dir, "reference.safetensors")
	tokens := readI32(t, ref, "tokens")
	lines := strings.Split(readText(t, filepath.Join(dir, "heldout.txt")), "\n")
	verse := lines[111]
	if !strings.HasPrefix(verse, "And Moses called Mishael and Elzaphan, the sons of Uzziel th") {
		t.Fatalf("heldout.txt line 112 is %q, not the verse the README names", verse)
	}
	got := tok.EncodeWithBOS(verse)
	if len(got) < len(tokens) {
		t.Fatalf("EncodeWithBOS(line 112) has %d tokens, want at least %d", len(got), len(tokens))
	}
	if diff := cmp.Diff(tokens, got[:len(tokens)]); diff != "" {
		t.Errorf("EncodeWithBOS(line 112)[:%d] vs reference tokens (-want +got):\n%s", len(tokens), diff)
	}
	greedy := readI32(t, ref, "greedy")
	const want = "\nAnd the LORD spake unto Moses, saying,\nAnd the LORD"
	if got := tok.Decode(greedy); got != want {
		t.Errorf("Decode(greedy) = %q, want %q", got, want)
	}
	if got := streamAll(tok, greedy); got != want {
		t.Errorf("stream of greedy = %q, want %q", got, want)
	}
}

func readText(t testing.TB, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// readI32 reads the I32 tensor name from a safetensors file (8-byte little-endian header
// length, JSON header, data).
func readI32(t testing.TB, path, name string) []int {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(data) < 8 {
		t.Fatalf("%s: %d bytes, too short for safetensors", path, len(data))
	}
	n := binary.LittleEndian.Uint64(data)
	if n > uint64(len(data)-8) {
		t.Fatalf("%s: header length %d past the end of the file", path, n)
	}
	var header map[string]json.RawMessage
	if err := json.Unmarshal(data[8:8+n], &header); err != nil {
		t.Fatalf("%s: header: %v", path, err)
	}
	var info struct {
		DType   string   `json:"dtype"`
		Offsets [2]int64 `json:"data_offsets"`
	}
	if err := json.Unmarshal(header[name], &info); err != nil {
		t.Fatalf("%s: tensor %q: %v", path, name, err)
	}
	body := data[8+n:]
	if info.DType != "I32" || info.Offsets[0] < 0 || info.Offsets[1] > int64(len(body)) || info.Offsets[0] > info.Offsets[1] {
		t.Fatalf("%s: tensor %q is %s at %v, want I32 inside the %d-byte body", path, name, info.DType, info.Offsets, len(body))
	}
	raw := body[info.Offsets[0]:info.Offsets[1]]
	out := make([]int, len(raw)/4)
	for i := range out {
		out[i] = int(int32(binary.LittleEndian.Uint32(raw[4*i:])))
	}
	return out
}

// firstDiff is the first byte offset at which a and b differ.
func firstDiff(a, b string) int {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return i
}
