// SPDX-License-Identifier: MIT
// Micro-benchmarks of the pipeline's stages, one each, over one input of about 1 MB: the
// briefs in samples/*.txt concatenated (each followed by a blank line), or the file that
// KBRIEF_BENCH_INPUT names. Each benchmark times its stage alone: what the stages before it
// produce is prepared once, outside the timed loop. Throughput (bytes_per_second) counts
// the bytes the stage reads: the input for decode, the decoded text for lines to blocks and
// for the whole document, the elements' clean text for sentences and dates, and the input
// again for the emitters and the whole pipeline, so that each figure says how fast kbrief
// would go if this stage were all it did. bench/README.md explains how to run it.
#include <benchmark/benchmark.h>
#include <unicode/ucnv.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "inline.h"
#include "join.h"
#include "kbrief/blocks.h"
#include "kbrief/check.h"
#include "kbrief/dates.h"
#include "kbrief/decode.h"
#include "kbrief/document.h"
#include "kbrief/json.h"
#include "kbrief/layout.h"
#include "kbrief/lines.h"
#include "kbrief/markdown.h"
#include "kbrief/pipeline.h"
#include "kbrief/timeline.h"
#include "layout_detail.h"

namespace {

constexpr std::size_t kInputBytes = 1'000'000;

std::optional<std::string> read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream s;
  s << in.rdbuf();
  return std::move(s).str();
}

// The samples, each ending with a blank line so that one brief's last paragraph does not
// run into the next one's title, repeated until the text reaches kInputBytes.
std::optional<std::string> concatenated_samples() {
  std::vector<std::filesystem::path> paths;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(KBRIEF_SOURCE_DIR "/samples", ec))
    if (entry.path().extension() == ".txt") paths.push_back(entry.path());
  if (paths.empty()) return std::nullopt;
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> briefs;
  for (const auto& p : paths) {
    std::optional<std::string> text = read_file(p);
    if (!text) return std::nullopt;
    while (!text->empty() && (text->back() == '\n' || text->back() == '\r')) text->pop_back();
    briefs.push_back(*text + "\n\n");
  }
  std::string out;
  while (out.size() < kInputBytes)
    for (const std::string& b : briefs) out += b;
  return out;
}

// The legacy encoding of older archives: the same text as EUC-KR (characters it lacks
// become ICU's substitute), so that decoding it includes charset detection.
std::string to_euc_kr(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8.size() * 2 + 16, '\0');
  int32_t n = ucnv_convert("EUC-KR", "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                           utf8.data(), static_cast<int32_t>(utf8.size()), &status);
  if (U_FAILURE(status)) return {};
  out.resize(static_cast<std::size_t>(n));
  return out;
}

// Every stage's output for the input, made once before the benchmarks run.
struct Prepared {
  std::string bytes;
  std::string euc_kr;
  kbrief::DecodedText decoded;
  kbrief::Blocks blocks;
  std::vector<kbrief::detail::Wrap> wraps;  // the blocks' wraps whose spacing is decided
  kbrief::Document doc;
  std::vector<std::string_view> element_texts;  // blocks' and footnotes' clean text
  std::size_t element_bytes = 0;
};

const Prepared* prepared = nullptr;

std::int64_t input_size() {
  return static_cast<std::int64_t>(prepared->bytes.size());
}
std::int64_t text_size() {
  return static_cast<std::int64_t>(prepared->decoded.text.size());
}

// --- Stages ------------------------------------------------------------------------------

void decode_bytes(benchmark::State& state, const std::string& bytes) {
  for (auto _ : state) {
    state.PauseTiming();
    std::string copy = bytes;  // decode() takes its bytes by value
    state.ResumeTiming();
    auto text = kbrief::decode(std::move(copy));
    benchmark::DoNotOptimize(text);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(bytes.size()));
}

void decode_utf8(benchmark::State& state) {
  decode_bytes(state, prepared->bytes);
}
void decode_euc_kr(benchmark::State& state) {
  decode_bytes(state, prepared->euc_kr);
}

void lines(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(kbrief::split_lines(prepared->decoded.text));
  state.SetBytesProcessed(state.iterations() * text_size());
}

void layout(benchmark::State& state) {
  const kbrief::Document& d = prepared->doc;
  for (auto _ : state)
    benchmark::DoNotOptimize(kbrief::analyse_layout(d.decoded.text, d.line_table));
  state.SetBytesProcessed(state.iterations() * text_size());
}

void blocks(benchmark::State& state) {
  const kbrief::Document& d = prepared->doc;
  for (auto _ : state)
    benchmark::DoNotOptimize(kbrief::segment_blocks(d.decoded.text, d.line_table, d.layout));
  state.SetBytesProcessed(state.iterations() * text_size());
}

// The wrap-join stage in its two parts, as the document stage runs them for input without
// wrap cues (here whatever the input's cues): training on the document's lines, then
// deciding every wrap inside its elements.
void wrap_train(benchmark::State& state) {
  const kbrief::Document& d = prepared->doc;
  for (auto _ : state) {
    kbrief::detail::WrapJoiner joiner;
    kbrief::detail::train(joiner, d.decoded.text, d.line_table, d.layout, prepared->wraps);
    benchmark::DoNotOptimize(joiner);
  }
  state.SetBytesProcessed(state.iterations() * text_size());
}

void wrap_decide(benchmark::State& state) {
  const kbrief::Document& d = prepared->doc;
  std::string_view text = d.decoded.text;
  kbrief::detail::WrapJoiner joiner;
  kbrief::detail::train(joiner, text, d.line_table, d.layout, prepared->wraps);
  for (auto _ : state) {
    std::size_t spaces = 0;
    for (auto [a, b] : prepared->wraps)
      spaces += joiner.space_between(kbrief::detail::line_text(text, d.line_table, d.layout, a),
                                     kbrief::detail::line_text(text, d.line_table, d.layout, b));
    benchmark::DoNotOptimize(spaces);
  }
  state.SetBytesProcessed(state.iterations() * text_size());
  state.counters["wraps"] = static_cast<double>(prepared->wraps.size());
}

void sentences(benchmark::State& state) {
  kbrief::detail::SentenceSplitter splitter;  // the document stage keeps one, too
  for (auto _ : state)
    for (std::string_view t : prepared->element_texts) benchmark::DoNotOptimize(splitter.split(t));
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(prepared->element_bytes));
}

void dates(benchmark::State& state) {
  for (auto _ : state)
    for (std::string_view t : prepared->element_texts)
      benchmark::DoNotOptimize(kbrief::recognise_dates(t));
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(prepared->element_bytes));
}

// Stages 2 to 5 together: lines, layout, blocks, wrap joining, sentences and dates.
void document(benchmark::State& state) {
  for (auto _ : state) {
    state.PauseTiming();
    kbrief::DecodedText copy = prepared->decoded;
    state.ResumeTiming();
    benchmark::DoNotOptimize(kbrief::build_document(std::move(copy), "bench.txt"));
  }
  state.SetBytesProcessed(state.iterations() * text_size());
}

// --- Emitters ----------------------------------------------------------------------------

template <class Emit>
void emit(benchmark::State& state, Emit write) {
  std::string out;
  for (auto _ : state) {
    out.clear();
    write(prepared->doc, out);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(state.iterations() * input_size());
  state.counters["output_bytes"] = static_cast<double>(out.size());
}

void json(benchmark::State& state) {
  emit(state, [](const kbrief::Document& d, std::string& out) { kbrief::write_json(d, out); });
}

void markdown(benchmark::State& state) {
  emit(state, [](const kbrief::Document& d, std::string& out) { kbrief::write_markdown(d, out); });
}

void timeline_csv(benchmark::State& state) {
  emit(state, [](const kbrief::Document& d, std::string& out) {
    kbrief::write_timeline_csv_header(out);
    for (const kbrief::TimelineRow& row : kbrief::timeline_rows(d, d.source.path))
      kbrief::write_timeline_csv(row, out);
  });
}

void check(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(kbrief::check_document(prepared->doc));
  state.SetBytesProcessed(state.iterations() * input_size());
}

// What `kbrief json FILE` does once the file is read.
void pipeline_json(benchmark::State& state) {
  std::string out;
  for (auto _ : state) {
    state.PauseTiming();
    std::string copy = prepared->bytes;
    state.ResumeTiming();
    auto text = kbrief::decode(std::move(copy));
    kbrief::Document d = kbrief::build_document(std::move(*text), "bench.txt");
    out.clear();
    kbrief::write_json(d, out);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(state.iterations() * input_size());
}

// --- Setup -------------------------------------------------------------------------------

// Reads and prepares the input; prints why and returns nothing when it cannot.
std::optional<Prepared> prepare() {
  Prepared p;
  const char* env = std::getenv("KBRIEF_BENCH_INPUT");
  std::optional<std::string> bytes =
      env != nullptr && *env != '\0' ? read_file(env) : concatenated_samples();
  if (!bytes) {
    std::fprintf(stderr, "kbrief_bench: cannot read %s\n",
                 env != nullptr && *env != '\0' ? env : KBRIEF_SOURCE_DIR "/samples/*.txt");
    return std::nullopt;
  }
  p.bytes = std::move(*bytes);
  p.euc_kr = to_euc_kr(p.bytes);
  kbrief::Expected<kbrief::DecodedText> text = kbrief::decode(p.bytes);
  if (!text) {
    std::fprintf(stderr, "kbrief_bench: the input cannot be decoded: %s\n",
                 text.error().message.c_str());
    return std::nullopt;
  }
  p.decoded = *text;
  p.doc = kbrief::build_document(std::move(*text), "bench.txt");
  p.blocks = kbrief::segment_blocks(p.doc.decoded.text, p.doc.line_table, p.doc.layout);
  p.wraps = kbrief::detail::wraps_of(p.blocks);
  return p;
}

void collect_element_texts(Prepared& p) {
  for (const kbrief::Block& b : p.doc.blocks) p.element_texts.push_back(b.text);
  for (const kbrief::Footnote& f : p.doc.footnotes) p.element_texts.push_back(f.text);
  for (std::string_view t : p.element_texts) p.element_bytes += t.size();
}

void register_benchmarks() {
  struct Entry {
    const char* name;
    void (*run)(benchmark::State&);
  };
  const Entry entries[] = {
      {"decode/utf8", decode_utf8},
      {"decode/euc_kr_detected", decode_euc_kr},
      {"lines", lines},
      {"layout", layout},
      {"blocks", blocks},
      {"wrap_join/train", wrap_train},
      {"wrap_join/decide", wrap_decide},
      {"sentences", sentences},
      {"dates/recognise", dates},
      {"document", document},
      {"emit/json", json},
      {"emit/markdown", markdown},
      {"emit/timeline_csv", timeline_csv},
      {"emit/check", check},
      {"pipeline/json", pipeline_json},
  };
  for (const Entry& e : entries)
    benchmark::RegisterBenchmark(e.name, e.run)->Unit(benchmark::kMillisecond);
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 2;
  std::optional<Prepared> p = prepare();
  if (!p) return 2;
  collect_element_texts(*p);
  prepared = &*p;
  benchmark::AddCustomContext("input_bytes", std::to_string(p->bytes.size()));
  benchmark::AddCustomContext("input_lines", std::to_string(p->doc.line_table.lines.size()));
  benchmark::AddCustomContext("input_shape", std::string(kbrief::to_string(p->doc.layout.shape)));
  register_benchmarks();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
