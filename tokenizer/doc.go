// Package tokenizer turns text into Nemotron token ids and back, as the SentencePiece library
// does for the tokenizer.model shipped with a checkpoint.
//
// # Design
//
// Encoding is go-sentencepiece's BPE (a port of SentencePiece's bpe_model.cc: every character
// starts as a symbol, the adjacent pair whose merged piece has the highest score is merged
// first, ties going to the leftmost pair, and a final symbol that is not in the vocabulary
// becomes its UTF-8 bytes, <0xAB> pieces, when the model has byte_fallback). go-sentencepiece
// was written for Gemma's model and implements only part of SentencePiece's normalizer, so
// this package adds what Nemotron's models need around it:
//
//   - add_dummy_prefix. Nemotron models set it; go-sentencepiece refuses any model that does.
//     Load hands go-sentencepiece a copy of the model whose normalizer_spec says
//     add_dummy_prefix=false, and Encode puts the dummy "▁" in front of non-empty text itself,
//     as SentencePiece's normalizer does (with remove_extra_whitespaces=false the text is
//     otherwise left as it is: "  Two" is encoded as "▁" "▁" "▁T" "w" "o").
//   - Invalid UTF-8. SentencePiece's normalizer replaces each byte that does not start a valid
//     UTF-8 sequence with U+FFFD before encoding; go-sentencepiece would encode the raw byte.
//     Encode does the replacement first.
//   - Unknown runs. Without byte_fallback SentencePiece merges consecutive <unk> pieces into
//     one; Encode does the same.
//   - A crash. go-sentencepiece v0.6.0 merges two symbols in a buffer as long as the longest
//     piece and panics when a pair is longer, which kjv-small's vocabulary hits on ordinary
//     text. Load appends to the model it hands go-sentencepiece one long piece that no text can
//     produce (see rewriteForProcessor), which makes the buffer big enough.
//   - Decoding. go-sentencepiece's Decode never strips the dummy prefix and its ModelInfo looks
//     for Gemma's <bos>/<eos>, so Decode, the special ids and Stream are implemented here from
//     the model's pieces, which Load reads from the protobuf wire format itself.
//
// Settings whose effect the package does not reproduce (a non-identity precompiled_charsmap,
// remove_extra_whitespaces=true, escape_whitespaces=false, treat_whitespace_as_suffix, UNUSED
// pieces, a model type other than BPE) make Load fail with an error naming the file and field,
// rather than tokenize differently from SentencePiece.
//
// Decode follows SentencePiece's current sentencepiece_processor.cc: control pieces (<s>, </s>,
// <pad>) produce no text, <unk> produces trainer_spec.unk_surface (" ⁇ " by default), "▁"
// becomes a space, runs of byte pieces are read as UTF-8 with U+FFFD for each byte that does
// not start a valid sequence, and when the model adds a dummy prefix the leading "▁" of the
// first piece is dropped if no text precedes it. Only that one "▁" is dropped, so
// Decode(Encode(s)) == s for valid UTF-8 without the character "▁" (U+2581) and leading
// spaces survive (older SentencePiece releases dropped the "▁" of every piece while the text
// was still empty, which loses them).
//
// Stream decodes one id at a time during generation and emits text as soon as it is final: a
// character spelled by byte pieces is held back until its last byte arrives. The
// concatenation of everything Push returns plus Flush equals Decode of all the ids.
//
// A Tokenizer is immutable after Load and safe for concurrent use; a Stream is not.
package tokenizer
