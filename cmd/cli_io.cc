// SPDX-License-Identifier: MIT
#include "cli_io.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <random>
#include <set>

namespace kbrief::cli {

namespace fs = std::filesystem;

int exit_code_of(const InputError& error) {
  switch (error.kind) {
    case InputErrorKind::cannot_open:
    case InputErrorKind::cannot_read:
    case InputErrorKind::unknown_encoding:
      return kUsage;
    default:
      return kBadInput;
  }
}

std::string shown_path(std::string_view path) {
  return path == "-" ? "<stdin>" : std::string(path);
}

void print_error(std::string_view message) {
  fmt::print(stderr, "kbrief: error: {}\n", message);
}

namespace {

// What the user can do about an input error, in the options' words.
std::string remedy(const InputError& error) {
  if (error.encodings_to_try.empty()) return {};
  if (error.kind == InputErrorKind::binary)
    return fmt::format(
        "; if it is UTF-16 text without a byte order mark, read it with "
        "--encoding {}",
        error.encodings_to_try.front());
  return fmt::format("; name one with --encoding, e.g. {}, or read it as UTF-8 with --lossy",
                     fmt::join(error.encodings_to_try, ", "));
}

}  // namespace

std::string input_error_message(const std::string& path, const InputError& error) {
  std::string name = shown_path(path);
  if (error.line > 0)
    return fmt::format("{}:{}:{}: {}{}", name, error.line, error.column, error.message,
                       remedy(error));
  if (error.kind == InputErrorKind::cannot_open || error.kind == InputErrorKind::cannot_read)
    return fmt::format("{} '{}': {}",
                       error.kind == InputErrorKind::cannot_open ? "cannot open" : "cannot read",
                       name, error.message);
  return fmt::format("{}: {}{}", name, error.message, remedy(error));
}

void print_input_error(const std::string& path, const InputError& error) {
  print_error(input_error_message(path, error));
}

namespace {

// Reads to the end. With `text`, a document: past max_bytes it stops (too_large), and when
// its first chunk already shows a binary file it stops there, so neither a huge file nor an
// endless device (/dev/zero) is read whole.
Expected<std::string> read_fd(int fd, InputErrorKind kind_on_error, std::size_t size_hint,
                              const DecodeOptions* text) {
  std::string data;
  std::size_t limit = text ? text->max_bytes : std::string().max_size();
  data.reserve(std::min(size_hint, limit));
  char buf[1 << 16];
  bool start_checked = !text;
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      return InputError{kind_on_error, std::strerror(errno)};
    }
    data.append(buf, static_cast<std::size_t>(n));
    if (data.size() > limit)
      return InputError{
          InputErrorKind::too_large,
          fmt::format("input is larger than {} bytes, the most --max-size allows", limit)};
    if (!start_checked && data.size() >= sizeof buf) {
      start_checked = true;
      // A PDF is binary, and read by the PDF reader.
      if (is_pdf(data)) continue;
      if (auto binary = refuse_binary_start(data, *text)) return *binary;
    }
  }
  return data;
}

}  // namespace

Expected<std::string> read_input(const std::string& path, const DecodeOptions* text) {
  if (path == "-") return read_fd(STDIN_FILENO, InputErrorKind::cannot_read, 0, text);
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return InputError{InputErrorKind::cannot_open, std::strerror(errno)};
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    ::close(fd);
    return InputError{InputErrorKind::cannot_open, std::strerror(EISDIR)};
  }
  auto result = read_fd(fd, InputErrorKind::cannot_read,
                        S_ISREG(st.st_mode) ? static_cast<std::size_t>(st.st_size) : 0, text);
  ::close(fd);
  return result;
}

namespace {

// Whether standard output has failed with an error other than a closed pipe (reported once).
std::atomic<bool> stdout_failed{false};

void note_stdout_error(int err) {
  if (err == EPIPE) return;  // the reader went away: a quiet end
  if (!stdout_failed.exchange(true))
    print_error(fmt::format("writing standard output: {}", std::strerror(err)));
}

}  // namespace

bool write_stdout(std::string_view data) {
  if (stdout_failed) return false;
  while (!data.empty()) {
    ssize_t n = ::write(STDOUT_FILENO, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      note_stdout_error(errno);
      return false;
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

int finish_stdout() {
  // Errors a file system reports only when the file is closed (NFS, quotas) count too.
  if (!stdout_failed && ::close(STDOUT_FILENO) != 0 && errno != EBADF && errno != EINTR)
    note_stdout_error(errno);
  return stdout_failed ? kUsage : kSuccess;
}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) ::close(fd_);
  if (!temporary_.empty()) ::unlink(temporary_.c_str());
}

namespace {

std::string error_text(const std::string& path, int err) {
  return fmt::format("cannot write '{}': {}", path, std::strerror(err));
}

// A hidden name beside the target, not yet taken when asked: nothing is created to find it,
// so a kill leaves no empty file behind. The caller retries on EEXIST.
std::string candidate_name(const fs::path& target) {
  static std::atomic<unsigned> counter{0};
  std::random_device entropy;
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  return (dir / fmt::format(".{}.kbrief-{}-{:08x}-{}", target.filename().string(), ::getpid(),
                            entropy(), counter++))
      .string();
}

// Gives the unnamed file `fd` a hidden name beside `target`; the name, or empty with errno set.
std::string link_unnamed(int fd, const fs::path& target) {
  std::string proc = fmt::format("/proc/self/fd/{}", fd);
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string name = candidate_name(target);
    if (::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW) == 0)
      return name;
    if (errno != EEXIST) return {};
  }
  return {};
}

}  // namespace

namespace {

// The file a path names once its symbolic links are followed (a dangling link's target
// too), so that replacing it replaces the target and leaves the link a link.
std::string follow_links(std::string path) {
  for (int hops = 0; hops < 40; ++hops) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) break;
    std::string target(static_cast<std::size_t>(st.st_size > 0 ? st.st_size : 4096), '\0');
    ssize_t n = ::readlink(path.c_str(), target.data(), target.size());
    if (n < 0) break;
    target.resize(static_cast<std::size_t>(n));
    fs::path next(target);
    path = next.is_absolute() ? next.string() : (fs::path(path).parent_path() / next).string();
  }
  return path;
}

// The mode a new file gets from open(…, 0666): what the umask allows. The umask can only be
// read by setting it, so it is read once, before any thread writes a file (see main).
mode_t new_file_mode() {
  static const mode_t mode = [] {
    mode_t mask = ::umask(022);
    ::umask(mask);
    return static_cast<mode_t>(0666 & ~mask);
  }();
  return mode;
}

}  // namespace

void read_umask() {
  new_file_mode();
}

std::optional<std::string> AtomicFile::open(const std::string& path) {
  path_ = follow_links(path);
  struct stat st {};
  if (::stat(path_.c_str(), &st) == 0) {
    if (!S_ISREG(st.st_mode)) {
      // A device, a FIFO or a terminal is written into, as a plain open would; it is never
      // replaced.
      fd_ = ::open(path_.c_str(), O_WRONLY | O_CLOEXEC | O_TRUNC);
      if (fd_ < 0) return error_text(path, errno);
      in_place_ = true;
      return std::nullopt;
    }
    mode_ = st.st_mode & 07777;  // a file being replaced keeps its mode
  } else {
    mode_ = new_file_mode();
  }
  fs::path target(path_);
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
#ifdef O_TMPFILE
  // Linux: an unnamed file that gets a name only when it is complete, so not even a kill
  // mid-write leaves anything behind. It is linked through /proc, so that must be there.
  if (::access("/proc/self/fd", X_OK) == 0) {
    fd_ = ::open(dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
    if (fd_ >= 0) return std::nullopt;
  }
#endif
  std::string tmpl = (dir / fmt::format(".{}.kbrief-XXXXXX", target.filename().string())).string();
  fd_ = ::mkstemp(tmpl.data());
  if (fd_ < 0) return error_text(path, errno);
  temporary_ = tmpl;
  return std::nullopt;
}

std::optional<std::string> AtomicFile::write(std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::write(fd_, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return error_text(path_, errno);
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return std::nullopt;
}

std::optional<std::string> AtomicFile::commit() {
  if (in_place_) {
    int closed = ::close(fd_);
    fd_ = -1;
    if (closed != 0) return error_text(path_, errno);
    return std::nullopt;
  }
  if (::fchmod(fd_, mode_) != 0 || ::fsync(fd_) != 0) return error_text(path_, errno);
  if (temporary_.empty()) {  // unnamed: give it a hidden name first, then the real one
    temporary_ = link_unnamed(fd_, fs::path(path_));
    if (temporary_.empty()) return error_text(path_, errno);
  }
  // Renamed before the descriptor is closed: a kill between naming and renaming is the only
  // moment that leaves the hidden name behind, so nothing else stands between them.
  if (::rename(temporary_.c_str(), path_.c_str()) != 0) return error_text(path_, errno);
  temporary_.clear();
  int closed = ::close(fd_);
  fd_ = -1;
  if (closed != 0) return error_text(path_, errno);
  return std::nullopt;
}

std::optional<std::string> write_atomically(const std::string& path, std::string_view data) {
  AtomicFile file;
  if (auto err = file.open(path)) return err;
  if (auto err = file.write(data)) return err;
  return file.commit();
}

namespace {

// The files a batch reads, by device and inode, so that each output is checked against all
// of them at once (a batch of 10,000 files is 10,000 look-ups, not 10^8 comparisons).
class InputFiles {
 public:
  explicit InputFiles(const std::vector<std::string>& inputs) {
    for (const auto& in : inputs) {
      struct stat st {};
      int got = in == "-" ? ::fstat(STDIN_FILENO, &st) : ::stat(in.c_str(), &st);
      if (got == 0 && S_ISREG(st.st_mode)) files_.emplace(std::pair{st.st_dev, st.st_ino}, in);
    }
  }
  // An error message when writing `output` would overwrite one of the inputs.
  std::optional<std::string> refuse_overwriting(const std::string& output) const {
    struct stat st {};
    if (files_.empty() || ::stat(output.c_str(), &st) != 0) return std::nullopt;
    auto it = files_.find({st.st_dev, st.st_ino});
    if (it == files_.end()) return std::nullopt;
    if (it->second == "-")
      return fmt::format("output '{}' is the file standard input reads; refusing to overwrite it",
                         output);
    return fmt::format("output '{}' is one of the inputs; refusing to overwrite it", output);
  }

 private:
  std::map<std::pair<dev_t, ino_t>, std::string> files_;
};

}  // namespace

std::optional<std::string> refuse_overwriting(const std::string& output,
                                              const std::vector<std::string>& inputs) {
  return InputFiles(inputs).refuse_overwriting(output);
}

std::optional<std::string> OutputPlan::make(const std::optional<std::string>& output,
                                            const std::vector<std::string>& inputs,
                                            std::string_view extension, OutputPlan& plan) {
  if (!output || *output == "-") {
    plan.mode_ = Mode::stdout_stream;
    return std::nullopt;
  }
  std::error_code ec;
  bool is_dir = fs::is_directory(*output, ec);
  bool names_dir = output->ends_with('/');  // -o DIR/: a directory, made if need be
  plan.target_ = *output;
  InputFiles input_files(inputs);
  if (!is_dir && !names_dir && inputs.size() == 1) {
    plan.mode_ = Mode::single_file;
    return input_files.refuse_overwriting(*output);
  }
  plan.mode_ = Mode::directory;
  std::set<std::string> seen;
  for (const auto& in : inputs) {
    std::string stem = in == "-" ? "stdin" : fs::path(in).stem().string();
    std::string name = stem + std::string(extension);
    if (!seen.insert(name).second)
      return fmt::format(
          "two inputs would both be written to '{}'; rename one or write them separately",
          (fs::path(*output) / name).string());
    std::string path = (fs::path(*output) / name).string();
    if (auto err = input_files.refuse_overwriting(path)) return err;
    plan.file_names_.push_back(path);
  }
  // "out/" names the directory "out" (create_directories fails on the trailing slash).
  fs::path dir =
      fs::path(*output).has_filename() ? fs::path(*output) : fs::path(*output).parent_path();
  if (!is_dir && !fs::create_directories(dir, ec) && ec)
    return fmt::format("cannot create output directory '{}': {}", *output, ec.message());
  return std::nullopt;
}

std::optional<std::string> OutputPlan::make_single(const std::optional<std::string>& output,
                                                   const std::vector<std::string>& inputs,
                                                   OutputPlan& plan) {
  if (!output || *output == "-") {
    plan.mode_ = Mode::stdout_stream;
    return std::nullopt;
  }
  std::error_code ec;
  if (fs::is_directory(*output, ec))
    return fmt::format("'{}' is a directory; this output goes to one file", *output);
  plan.mode_ = Mode::single_file;
  plan.target_ = *output;
  return cli::refuse_overwriting(*output, inputs);
}

bool OutputPlan::deliver(std::size_t input_index, std::string_view data, ExitStatus& status) {
  if (mode_ == Mode::stdout_stream) return write_stdout(data);
  if (mode_ == Mode::directory) {
    if (auto err = write_atomically(file_names_[input_index], data)) {
      print_error(*err);
      status.note(kUsage);
    }
    return true;
  }
  if (failed_) return true;
  std::optional<std::string> err;
  if (!file_) {
    file_ = std::make_unique<AtomicFile>();
    err = file_->open(target_);
  }
  if (!err) err = file_->write(data);
  if (err) {
    print_error(*err);
    status.note(kUsage);
    failed_ = true;
  }
  return true;
}

void OutputPlan::finish(ExitStatus& status) {
  if (!file_ || failed_) return;
  if (auto err = file_->commit()) {
    print_error(*err);
    status.note(kUsage);
  }
  file_.reset();
}

namespace {

// "1048576", "512K", "100M", "1G": a size in bytes, at most the 4 GiB a document may have.
std::optional<std::size_t> parse_size(std::string_view s) {
  std::size_t unit = 1;
  if (!s.empty()) {
    switch (s.back()) {
      case 'K':
      case 'k':
        unit = std::size_t{1} << 10;
        break;
      case 'M':
      case 'm':
        unit = std::size_t{1} << 20;
        break;
      case 'G':
      case 'g':
        unit = std::size_t{1} << 30;
        break;
      default:
        break;
    }
    if (unit > 1) s.remove_suffix(1);
  }
  if (s.empty() || s.size() > 10 || s.find_first_not_of("0123456789") != std::string_view::npos)
    return std::nullopt;
  std::size_t n = std::stoull(std::string(s)) * unit;
  if (n == 0 || n > DecodeOptions{}.max_bytes + 16) return std::nullopt;
  return std::min(n, DecodeOptions{}.max_bytes);
}

}  // namespace

void add_decode_options(CLI::App& sub, ReadOptions& decoding) {
  decoding.max_bytes = kDefaultMaxSize;
  sub.add_option("--encoding", decoding.encoding,
                 "The inputs' encoding: auto (default: a byte order mark, else UTF-8, else what "
                 "ICU's detector finds with confidence), or a name such as UTF-8, EUC-KR, CP949, "
                 "UTF-16LE")
      ->type_name("NAME")
      ->check(CLI::Validator(
          [](std::string& value) -> std::string {
            if (is_known_encoding(value)) return {};
            return "unknown encoding '" + value + "' (try UTF-8, EUC-KR, CP949, UTF-16LE)";
          },
          ""));
  sub.add_option_function<std::string>(
         "--max-size",
         [&decoding](const std::string& value) { decoding.max_bytes = *parse_size(value); },
         "Refuse a document larger than SIZE bytes (suffixes K, M, G; default 1G, at most "
         "4G) instead of reading it whole")
      ->type_name("SIZE")
      ->check(CLI::Validator(
          [](std::string& value) -> std::string {
            if (parse_size(value)) return {};
            return "'" + value +
                   "' is not a size: give bytes, or a number with K, M or G, up to 4G";
          },
          ""));
  sub.add_flag("--lossy", decoding.lossy,
               "Replace invalid byte sequences with U+FFFD (each reported as an invalid-bytes "
               "diagnostic) instead of refusing the file");
  sub.add_option("--password", decoding.pdf.password,
                 "The password that opens encrypted PDF inputs (user or owner password)")
      ->type_name("PASSWORD");
}

CLI::Option* add_ref_date_option(CLI::App& sub, std::optional<CivilDate>& ref_date) {
  return sub
      .add_option_function<std::string>(
          "--ref-date", [&ref_date](const std::string& value) { ref_date = parse_iso_date(value); },
          "The writing date that \"올해\", \"지난 7월\" and the like count from, as YYYY-MM-DD "
          "(default: the brief's publication date, else its latest dated citation or past event, "
          "else its copyright year)")
      ->type_name("DATE")
      ->check(CLI::Validator(
          [](std::string& value) -> std::string {
            if (auto d = parse_iso_date(value); d && d->year >= 1) return {};
            return "'" + value +
                   "' is not a date in the form YYYY-MM-DD, years 0001 to 9999 "
                   "(e.g. 2024-02-14)";
          },
          ""));
}

}  // namespace kbrief::cli
