// SPDX-License-Identifier: MIT
#include "batch.h"

#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <new>

namespace kbrief::cli {

const DecodedText& decoded_of(const InputText& text) {
  if (const auto* pdf = std::get_if<PdfText>(&text)) return pdf->decoded;
  return std::get<DecodedText>(text);
}

std::optional<InputText> load_text(Input& input, Report& report, const ReadOptions& decoding) {
  auto fail = [&](const std::string& message, int code) -> std::optional<InputText> {
    report.errors += fmt::format("kbrief: error: {}\n", message);
    report.code = std::max(report.code, code);
    report.failed = true;
    return std::nullopt;
  };
  if (input.error) return fail(*input.error, input.error_code);
  std::string bytes;
  DecodeOptions how = decoding;
  if (input.text) {
    bytes = std::move(*input.text);
    how.encoding = "UTF-8";  // JSON text is UTF-8 whatever --encoding says
  } else {
    auto read = read_input(input.name, &decoding);
    if (!read)
      return fail(input_error_message(input.name, read.error()), exit_code_of(read.error()));
    bytes = std::move(*read);
  }
  report.bytes = bytes.size();
  if (!input.text && is_pdf(bytes)) {
    auto pdf = read_pdf(std::move(bytes), decoding.pdf);
    if (!pdf) return fail(input_error_message(input.name, pdf.error()), exit_code_of(pdf.error()));
    return std::move(*pdf);
  }
  auto text = decode(std::move(bytes), how);
  if (!text) return fail(input_error_message(input.name, text.error()), exit_code_of(text.error()));
  return std::move(*text);
}

std::optional<Document> load(Input& input, Report& report, const DocumentOptions& options,
                             const ReadOptions& decoding) {
  std::optional<InputText> text = load_text(input, report, decoding);
  if (!text) return std::nullopt;
  Document doc =
      std::visit([&](auto&& read) { return build_document(std::move(read), input.name, options); },
                 std::move(*text));
  doc.source.id_json = input.id_json;
  return doc;
}

std::optional<int> prepare_batch(const InputOptions& inputs,
                                 const std::optional<std::string>& output,
                                 std::string_view extension, Batch& batch, ExitStatus& status,
                                 bool one_file) {
  if (auto err = check_input_options(inputs)) {
    print_error(*err);
    return kUsage;
  }
  bool records = inputs.format == InputFormat::jsonl;
  // Records are not known in advance: their output goes to one place, like --sort's.
  std::vector<std::string> paths = records ? inputs.files : expand_paths(inputs, status);
  if (records && paths.empty()) paths.push_back("-");  // records come from standard input
  std::optional<std::string> err = records || one_file
                                       ? OutputPlan::make_single(output, paths, batch.plan)
                                       : OutputPlan::make(output, paths, extension, batch.plan);
  if (err) {
    print_error(*err);
    return kUsage;
  }
  batch.queue = records ? record_queue(std::move(paths)) : path_queue(std::move(paths));
  return std::nullopt;
}

std::string shown_name(const Input& input, const Document& doc) {
  // A record's id is its name, even "-"; a path is the document's (valid UTF-8) one.
  return input.text ? doc.source.path : shown_path(doc.source.path);
}

namespace {

double now_seconds() {
  using namespace std::chrono;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}

}  // namespace

Progress::Progress(bool enabled, std::optional<std::size_t> total)
    : enabled_(enabled),
      total_(total),
      start_(enabled ? now_seconds() : 0),
      stdout_terminal_(enabled && ::isatty(STDOUT_FILENO)) {
}

void Progress::advance(std::size_t bytes) {
  if (!enabled_) return;
  ++done_;
  bytes_ += bytes;
  double now = now_seconds();
  if (now - last_draw_ < 0.2) return;
  last_draw_ = now;
  draw();
}

void Progress::draw() {
  double elapsed = std::max(now_seconds() - start_, 1e-6);
  std::string line = total_ ? fmt::format("kbrief: {}/{} files", done_, *total_)
                            : fmt::format("kbrief: {} documents", done_);
  line += fmt::format(", {:.1f} MB/s", static_cast<double>(bytes_) / 1e6 / elapsed);
  if (total_ && done_ > 0 && done_ < *total_) {
    auto eta = static_cast<long>(elapsed / static_cast<double>(done_) *
                                 static_cast<double>(*total_ - done_));
    line += fmt::format(", ETA {}:{:02}", eta / 60, eta % 60);
  }
  fmt::print(stderr, "\r\033[K{}", line);
  std::fflush(stderr);
  shown_ = true;
}

void Progress::clear() {
  if (!shown_) return;
  std::fputs("\r\033[K", stderr);
  std::fflush(stderr);
  shown_ = false;
}

bool wants_progress(const InputOptions& inputs, std::optional<std::size_t> total) {
  if (inputs.no_progress || !::isatty(STDERR_FILENO)) return false;
  return !total || *total > 1;
}

namespace detail {

void print_report(const Report& report, Progress& progress, ExitStatus& status) {
  status.note(report.code);
  if (report.errors.empty()) return;
  progress.clear();
  std::fputs(report.errors.c_str(), stderr);
}

void report_exception(const Input& input, const std::exception& e, Report& report) {
  std::string name = shown_path(input.name);
  // Memory running out is the input's size; anything else is kbrief's own fault.
  bool memory = dynamic_cast<const std::bad_alloc*>(&e) != nullptr;
  report.errors += memory
                       ? fmt::format("kbrief: error: {}: cannot be processed: {}\n", name, e.what())
                       : fmt::format("kbrief: internal error: {}: {}\n", name, e.what());
  report.code = std::max(report.code, static_cast<int>(memory ? kBadInput : kInternal));
  report.failed = true;
}

}  // namespace detail

}  // namespace kbrief::cli
