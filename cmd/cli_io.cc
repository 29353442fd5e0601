#include "cli_io.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <set>

namespace kbrief::cli {

namespace fs = std::filesystem;

void print_error(std::string_view message) {
  fmt::print(stderr, "kbrief: error: {}\n", message);
}

void print_input_error(const std::string& path, const InputError& error) {
  std::string name = path == "-" ? "<stdin>" : path;
  if (error.line > 0)
    print_error(fmt::format("{}:{}:{}: {}", name, error.line, error.column, error.message));
  else if (error.kind == InputErrorKind::cannot_open || error.kind == InputErrorKind::cannot_read)
    print_error(fmt::format(
        "{} '{}': {}", error.kind == InputErrorKind::cannot_open ? "cannot open" : "cannot read",
        name, error.message));
  else
    print_error(fmt::format("{}: {}", name, error.message));
}

namespace {

Expected<std::string> read_fd(int fd, InputErrorKind kind_on_error, std::size_t size_hint = 0) {
  std::string data;
  data.reserve(size_hint);
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      return InputError{kind_on_error, std::strerror(errno)};
    }
    data.append(buf, static_cast<std::size_t>(n));
  }
  return data;
}

}  // namespace

Expected<std::string> read_input(const std::string& path) {
  if (path == "-") return read_fd(STDIN_FILENO, InputErrorKind::cannot_read);
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return InputError{InputErrorKind::cannot_open, std::strerror(errno)};
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    ::close(fd);
    return InputError{InputErrorKind::cannot_open, std::strerror(EISDIR)};
  }
  auto result = read_fd(fd, InputErrorKind::cannot_read,
                        S_ISREG(st.st_mode) ? static_cast<std::size_t>(st.st_size) : 0);
  ::close(fd);
  return result;
}

bool write_stdout(std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::write(STDOUT_FILENO, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;  // EPIPE or a closed descriptor: stop quietly
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

namespace {

std::optional<std::string> write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return std::strerror(errno);
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  if (::fchmod(fd, 0644) != 0 || ::fsync(fd) != 0) return std::strerror(errno);
  return std::nullopt;
}

// A hidden name beside the target, free at the time of asking.
std::string temporary_name(const fs::path& dir, const fs::path& target) {
  std::string tmpl = (dir / fmt::format(".{}.kbrief-XXXXXX", target.filename().string())).string();
  int fd = ::mkstemp(tmpl.data());
  if (fd < 0) return {};
  ::close(fd);
  ::unlink(tmpl.c_str());
  return tmpl;
}

// Linux: the data goes into an unnamed file (O_TMPFILE) that gets a name only when it is
// complete, so not even a kill mid-write leaves anything behind. Nothing when the file
// system does not offer unnamed files; the caller then falls back to a named one.
std::optional<std::optional<std::string>> write_unnamed(const fs::path& dir,
                                                        const std::string& path,
                                                        std::string_view data) {
#ifdef O_TMPFILE
  int fd = ::open(dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0644);
  if (fd < 0) return std::nullopt;
  auto fail = [&](const std::string& why) -> std::optional<std::string> {
    ::close(fd);
    return fmt::format("cannot write '{}': {}", path, why);
  };
  if (auto err = write_all(fd, data)) return fail(*err);
  std::string name = temporary_name(dir, fs::path(path));
  std::string proc = fmt::format("/proc/self/fd/{}", fd);
  if (name.empty() ||
      ::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW) != 0) {
    ::close(fd);
    return std::nullopt;  // no /proc, or linking refused: write a named file instead
  }
  ::close(fd);
  if (::rename(name.c_str(), path.c_str()) != 0) {
    int err = errno;
    ::unlink(name.c_str());
    return fmt::format("cannot write '{}': {}", path, std::strerror(err));
  }
  return std::optional<std::string>();
#else
  (void)dir, (void)path, (void)data;
  return std::nullopt;
#endif
}

}  // namespace

std::optional<std::string> write_atomically(const std::string& path, std::string_view data) {
  fs::path target(path);
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  if (auto done = write_unnamed(dir, path, data)) return *done;
  std::string tmpl = (dir / fmt::format(".{}.kbrief-XXXXXX", target.filename().string())).string();
  int fd = ::mkstemp(tmpl.data());
  if (fd < 0) return fmt::format("cannot write '{}': {}", path, std::strerror(errno));
  if (auto err = write_all(fd, data)) {
    ::close(fd);
    ::unlink(tmpl.c_str());
    return fmt::format("cannot write '{}': {}", path, *err);
  }
  if (::close(fd) != 0 || ::rename(tmpl.c_str(), path.c_str()) != 0) {
    int err = errno;
    ::unlink(tmpl.c_str());
    return fmt::format("cannot write '{}': {}", path, std::strerror(err));
  }
  return std::nullopt;
}

namespace {

bool same_file(const std::string& a, const std::string& b) {
  std::error_code ec;
  return fs::exists(a, ec) && fs::exists(b, ec) && fs::equivalent(a, b, ec);
}

}  // namespace

std::optional<std::string> OutputPlan::make(const std::optional<std::string>& output,
                                            const std::vector<std::string>& inputs,
                                            std::string_view extension, OutputPlan& plan) {
  if (!output) {
    plan.mode_ = Mode::stdout_stream;
    return std::nullopt;
  }
  std::error_code ec;
  bool is_dir = fs::is_directory(*output, ec);
  plan.target_ = *output;
  if (!is_dir && inputs.size() == 1) {
    plan.mode_ = Mode::single_file;
    if (inputs[0] != "-" && same_file(inputs[0], *output))
      return fmt::format("output '{}' is one of the inputs; refusing to overwrite it", *output);
    return std::nullopt;
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
    for (const auto& other : inputs)
      if (other != "-" && same_file(other, path))
        return fmt::format("output '{}' is one of the inputs; refusing to overwrite it", path);
    plan.file_names_.push_back(path);
  }
  if (!is_dir && !fs::create_directories(*output, ec) && ec)
    return fmt::format("cannot create output directory '{}': {}", *output, ec.message());
  return std::nullopt;
}

bool OutputPlan::deliver(std::size_t input_index, std::string_view data, ExitStatus& status) {
  if (mode_ == Mode::stdout_stream) return write_stdout(data);
  std::string path = mode_ == Mode::single_file ? target_ : file_names_[input_index];
  if (auto err = write_atomically(path, data)) {
    print_error(*err);
    status.note(kUsage);
  }
  return true;
}

std::optional<Document> load_document(const std::string& path, ExitStatus& status,
                                      const DocumentOptions& options,
                                      const DecodeOptions& decoding) {
  auto bytes = read_input(path);
  if (!bytes) {
    print_input_error(path, bytes.error());
    status.note(bytes.error().exit_code());
    return std::nullopt;
  }
  auto text = decode(std::move(*bytes), decoding);
  if (!text) {
    print_input_error(path, text.error());
    status.note(text.error().exit_code());
    return std::nullopt;
  }
  return build_document(std::move(*text), path, options);
}

void add_decode_options(CLI::App& sub, DecodeOptions& decoding) {
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
          "NAME"));
  sub.add_flag("--lossy", decoding.lossy,
               "Replace invalid byte sequences with U+FFFD (each reported as an invalid-bytes "
               "diagnostic) instead of refusing the file");
}

CLI::Option* add_ref_date_option(CLI::App& sub, std::optional<CivilDate>& ref_date) {
  return sub
      .add_option_function<std::string>(
          "--ref-date", [&ref_date](const std::string& value) { ref_date = parse_iso_date(value); },
          "The writing date that \"올해\", \"지난 7월\" and the like count from, as YYYY-MM-DD "
          "(default: the brief's publication date, else its latest dated citation or past event, "
          "else its copyright year)")
      ->type_name("YYYY-MM-DD")
      ->check(CLI::Validator(
          [](std::string& value) -> std::string {
            if (parse_iso_date(value)) return {};
            return "'" + value + "' is not a date in the form YYYY-MM-DD (e.g. 2024-02-14)";
          },
          "YYYY-MM-DD"));
}

}  // namespace kbrief::cli
