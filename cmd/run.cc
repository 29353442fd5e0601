// SPDX-License-Identifier: MIT
#include "run.h"

namespace kbrief::cli {

void add_io_options(CLI::App& sub, CommonOptions& common, std::string_view output_help) {
  add_input_options(sub, common.inputs);
  sub.add_option("-o,--output", common.output, std::string(output_help))->type_name("PATH");
}

namespace {

constexpr std::size_t kPiece = std::size_t{1} << 20;

}  // namespace

void Sink::start() {
  if (started_) return;
  started_ = true;
  // Streaming, this is the only document in flight: its turn is now.
  if (streaming_) held_ = run_.prefix();
}

void Sink::write(std::string_view data) {
  start();
  held_ += data;
  flush_if_full();
}

void Sink::write(std::string&& data) {
  start();
  if (held_.size() < kPiece / 16) {  // empty, or only the header or separator
    data.insert(0, held_);
    held_ = std::move(data);
  } else {
    held_ += data;
  }
  flush_if_full();
}

void Sink::flush_if_full() {
  if (!streaming_ || held_.size() < kPiece) return;
  if (open_) open_ = run_.deliver(index_, held_);
  held_.clear();
}

Run::Run(const CommonOptions& common, OutputSpec spec) : common_(common), spec_(std::move(spec)) {
  ready_ = !prepare_batch(common.inputs, common.output, spec_.extension, batch_, status_,
                          spec_.one_file);
}

std::string Run::prefix() {
  bool first = !any_written_;
  any_written_ = true;
  // Each file of -o DIR is an output of its own, with its own header.
  if (first || !batch_.plan.one_stream()) return spec_.header;
  return spec_.separator;
}

void Run::each(const Loaded& emit) {
  unsigned jobs = job_count(common_.inputs, batch_.queue->total());
  bool streaming = jobs == 1 && batch_.plan.one_stream();
  decoding_ = decoding_for(jobs);
  counts_ = run_batch<std::string>(
      *batch_.queue, jobs, common_.inputs, status_,
      [&](Input& in, Report& report) {
        Sink sink(*this, in.index, streaming);
        if (!emit(in, report, sink)) return std::string();
        sink.start();  // a document with no output still takes its header
        return std::move(sink.held_);
      },
      [&](const Input& in, std::string& out) {
        if (!streaming) out.insert(0, prefix());
        return deliver(in.index, out);
      });
}

void Run::each_document(const DocumentOptions& options, const EmitDocument& emit) {
  each([&](Input& in, Report& report, Sink& sink) {
    std::optional<Document> doc = load(in, report, options, decoding_);
    if (doc) emit(in, *doc, sink);
    return doc.has_value();
  });
}

void Run::each_text(const EmitText& emit) {
  each([&](Input& in, Report& report, Sink& sink) {
    std::optional<InputText> text = load_text(in, report, decoding_);
    if (text) emit(in, decoded_of(*text), sink);
    return text.has_value();
  });
}

int Run::finish() {
  batch_.plan.finish(status_);
  return status_.value();
}

}  // namespace kbrief::cli
