// SPDX-License-Identifier: MIT
#include "inputs.h"

#include <fmt/format.h>
#include <fnmatch.h>
#include <sched.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <map>
#include <thread>

#include "records.h"

namespace kbrief::cli {

namespace fs = std::filesystem;

void add_input_options(CLI::App& sub, InputOptions& inputs) {
  sub.add_option("files", inputs.files,
                 "Brief text files; - reads standard input; directories with -r")
      ->type_name("FILE");
  sub.add_flag("-r,--recursive", inputs.recursive,
               "Read the files under each directory given, in name order (those matching "
               "--glob)");
  sub.add_option("--glob", inputs.glob,
                 "Which files -r takes from directories, by name (default: *.txt and *.pdf)")
      ->type_name("PATTERN");
  sub.add_option("--files-from", inputs.files_from,
                 "Also read the paths listed in FILE, one per line (- reads them from standard "
                 "input)")
      ->type_name("FILE");
  sub.add_flag("-0,--null", inputs.null_separated,
               "--files-from names are separated by NUL characters (find -print0)");
  sub.add_option("--input-format", inputs.format,
                 "text (default): the inputs are briefs; jsonl: the inputs (default: standard "
                 "input) hold one record {\"id\": ..., \"text\": ...} per line, each one brief")
      ->transform(
          CLI::CheckedTransformer(std::map<std::string, InputFormat>{{"text", InputFormat::text},
                                                                     {"jsonl", InputFormat::jsonl}})
              .description(""))
      ->type_name("text|jsonl");
  sub.add_option("-j,--jobs", inputs.jobs,
                 "Use N threads (default: one per core): N documents at once, and with fewer "
                 "documents than N, each PDF's pages read on the threads left to it; the output "
                 "is the same, in input order, whatever N is")
      ->type_name("N")
      ->check(CLI::Validator(
          [](std::string& value) -> std::string {
            // CLI11's own check would print the whole range of a double.
            if (!value.empty() && value.size() <= 6 &&
                value.find_first_not_of("0123456789") == std::string::npos)
              return {};
            return "'" + value +
                   "' is not a number of jobs: give a whole number, 0 for one "
                   "per core";
          },
          ""));
  sub.add_flag("--no-progress", inputs.no_progress,
               "No progress line on standard error (shown for batches only when it is a "
               "terminal)");
}

namespace {

// The cores this process may use.
unsigned available_cores() {
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0)
    return static_cast<unsigned>(CPU_COUNT(&set));
  return std::max(1u, std::thread::hardware_concurrency());
}

}  // namespace

// The threads -j allows: its N, else one per core this process may use.
unsigned thread_budget(const InputOptions& inputs) {
  return inputs.jobs == 0 ? available_cores() : inputs.jobs;
}

unsigned job_count(const InputOptions& inputs, std::optional<std::size_t> total) {
  unsigned jobs = thread_budget(inputs);
  if (total)
    jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, std::max<std::size_t>(*total, 1)));
  return jobs;
}

unsigned page_readers(const InputOptions& inputs, unsigned jobs) {
  return std::max(1u, thread_budget(inputs) / std::max(1u, jobs));
}

std::optional<std::string> check_input_options(const InputOptions& inputs) {
  std::size_t stdin_readers = std::count(inputs.files.begin(), inputs.files.end(), "-");
  if (inputs.files_from == "-") ++stdin_readers;
  if (inputs.format == InputFormat::jsonl) {
    if (inputs.recursive || inputs.files_from)
      return "--input-format jsonl reads records from standard input or the files named; "
             "-r and --files-from are for text inputs";
    if (inputs.files.empty()) ++stdin_readers;
  } else if (inputs.files.empty() && !inputs.files_from) {
    return "no input files: give FILE..., - for standard input, a directory with -r, or "
           "--files-from LIST";
  }
  if (stdin_readers > 1) return "standard input can be read only once: give - at most once";
  if (inputs.null_separated && !inputs.files_from) return "-0 goes with --files-from";
  return std::nullopt;
}

namespace {

bool matches(const std::string& glob, const fs::path& name) {
  const char* file = name.filename().c_str();
  if (glob.empty()) return ::fnmatch("*.txt", file, 0) == 0 || ::fnmatch("*.pdf", file, 0) == 0;
  return ::fnmatch(glob.c_str(), file, 0) == 0;
}

// Depth first, each directory's entries in byte order of their names, so that a batch's
// order (and so its output) is the same on every machine. Links to directories are not
// followed (no cycles); links to files are. Only regular files are taken: a FIFO, socket or
// device inside a tree would block or never end (one named on the command line is read as a
// stream).
void walk(const fs::path& dir, const std::string& glob, std::vector<std::string>& out,
          ExitStatus& status) {
  std::error_code ec;
  std::vector<fs::directory_entry> entries;
  fs::directory_iterator it(dir, ec);
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) entries.push_back(*it);
  if (ec) {
    print_error(fmt::format("cannot read directory '{}': {}", dir.string(), ec.message()));
    status.note(kUsage);
  }
  std::sort(entries.begin(), entries.end(),
            [](const fs::directory_entry& a, const fs::directory_entry& b) {
              return a.path().filename().native() < b.path().filename().native();
            });
  for (const fs::directory_entry& e : entries) {
    if (e.is_directory(ec) && !e.is_symlink(ec))
      walk(e.path(), glob, out, status);
    else if (e.is_regular_file(ec) && matches(glob, e.path()))
      out.push_back(e.path().string());
  }
}

void add_path(const std::string& path, const InputOptions& inputs, std::vector<std::string>& out,
              ExitStatus& status) {
  std::error_code ec;
  if (path != "-" && fs::is_directory(path, ec)) {
    if (inputs.recursive) {
      walk(path, inputs.glob, out, status);
      return;
    }
    print_error(fmt::format("'{}' is a directory; give -r to read the files under it", path));
    status.note(kUsage);
    return;
  }
  out.push_back(path);  // a missing file is reported when it is read, in its place
}

}  // namespace

std::vector<std::string> expand_paths(const InputOptions& inputs, ExitStatus& status) {
  std::vector<std::string> paths;
  for (const std::string& f : inputs.files) add_path(f, inputs, paths, status);
  if (!inputs.files_from) return paths;
  auto list = read_input(*inputs.files_from);
  if (!list) {
    print_input_error(*inputs.files_from, list.error());
    status.note(kUsage);
    return paths;
  }
  char separator = inputs.null_separated ? '\0' : '\n';
  std::string_view rest = *list;
  if (std::size_t nul = rest.find('\0'); !inputs.null_separated && nul != std::string_view::npos) {
    // No name holds a NUL: the list is NUL-separated (find -print0), read line by line it
    // would be one name.
    std::size_t line = 1 + std::count(rest.begin(), rest.begin() + static_cast<long>(nul), '\n');
    print_error(
        fmt::format("--files-from {}:{}: a name holds a NUL byte; give -0 for a list "
                    "separated by NUL bytes",
                    shown_path(*inputs.files_from), line));
    status.note(kUsage);
    return paths;
  }
  while (!rest.empty()) {
    std::size_t end = rest.find(separator);
    std::string_view entry = rest.substr(0, end);
    rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 1);
    if (!inputs.null_separated && !entry.empty() && entry.back() == '\r') entry.remove_suffix(1);
    if (!entry.empty()) add_path(std::string(entry), inputs, paths, status);
  }
  return paths;
}

namespace {

class PathQueue : public InputQueue {
 public:
  explicit PathQueue(std::vector<std::string> paths) : paths_(std::move(paths)) {}
  std::optional<Input> next() override {
    if (next_ == paths_.size()) return std::nullopt;
    Input in;
    in.index = next_;
    in.name = std::move(paths_[next_++]);
    return in;
  }
  std::optional<std::size_t> total() const override { return paths_.size(); }

 private:
  std::vector<std::string> paths_;
  std::size_t next_ = 0;
};

std::size_t code_points(std::string_view s) {
  return std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; });
}

class RecordQueue : public InputQueue {
 public:
  explicit RecordQueue(std::vector<std::string> sources) : sources_(std::move(sources)) {}
  ~RecordQueue() override { close(); }

  std::optional<Input> next() override {
    for (;;) {
      if (!file_ && !open_next()) {
        if (pending_error_) return take_pending_error();
        return std::nullopt;
      }
      if (pending_error_) return take_pending_error();
      errno = 0;
      ssize_t n = ::getline(&buffer_, &capacity_, file_);
      if (n < 0) {
        if (std::ferror(file_)) note_read_error(errno ? errno : EIO);
        close();
        continue;
      }
      ++line_;
      std::string_view line(buffer_, static_cast<std::size_t>(n));
      if (line.find_first_not_of(" \t\r\n") == std::string_view::npos) continue;
      return record(line);
    }
  }
  std::optional<std::size_t> total() const override { return std::nullopt; }

 private:
  std::string display() const { return shown_path(current_); }

  bool open_next() {
    if (next_source_ == sources_.size()) return false;
    current_ = sources_[next_source_++];
    line_ = 0;
    file_ = current_ == "-" ? stdin : std::fopen(current_.c_str(), "re");
    if (!file_) {
      pending_error_ = fmt::format("cannot open '{}': {}", current_, std::strerror(errno));
      pending_code_ = kUsage;
    }
    return true;
  }

  Input take_pending_error() {
    Input in;
    in.index = next_index_++;
    in.name = current_;
    in.error = std::move(*pending_error_);
    in.error_code = pending_code_;
    pending_error_.reset();
    return in;
  }

  Input record(std::string_view line) {
    Input in;
    in.index = next_index_++;
    auto malformed = [&](std::size_t byte, const std::string& why) {
      std::size_t column = code_points(line.substr(0, std::min(byte, line.size()))) + 1;
      in.name = current_;
      in.error = fmt::format("{}:{}:{}: malformed record: {}", display(), line_, column, why);
      in.error_code = kBadInput;
      return in;
    };
    Record r = parse_record(line);
    if (r.error) return malformed(r.error_byte, *r.error);
    in.id_json = std::move(r.id_json);
    in.name = r.id_text ? std::move(*r.id_text) : in.id_json;
    in.text = std::move(r.text);
    return in;
  }

  // Reading error on the current source: reported in its turn, the next source goes on.
  void note_read_error(int err) {
    pending_error_ = fmt::format("cannot read '{}': {}", display(), std::strerror(err));
    pending_code_ = kUsage;
  }

  void close() {
    if (file_ && file_ != stdin) std::fclose(file_);
    file_ = nullptr;
    if (buffer_) {
      std::free(buffer_);
      buffer_ = nullptr;
      capacity_ = 0;
    }
  }

  std::vector<std::string> sources_;
  std::size_t next_source_ = 0;
  std::string current_;
  std::FILE* file_ = nullptr;
  char* buffer_ = nullptr;
  std::size_t capacity_ = 0;
  std::size_t line_ = 0;
  std::size_t next_index_ = 0;
  std::optional<std::string> pending_error_;
  int pending_code_ = kSuccess;
};

}  // namespace

std::unique_ptr<InputQueue> path_queue(std::vector<std::string> paths) {
  return std::make_unique<PathQueue>(std::move(paths));
}

std::unique_ptr<InputQueue> record_queue(std::vector<std::string> sources) {
  if (sources.empty()) sources.push_back("-");
  return std::make_unique<RecordQueue>(std::move(sources));
}

}  // namespace kbrief::cli
