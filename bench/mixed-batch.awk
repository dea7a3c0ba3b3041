# Writes a mixed batch of LINES lines, the same rows twice: as NDJSON (file NDJSON) and as CSV in the
# cohort format (file CSV, a header row then one row per NDJSON line). Read from cases/public.jsonl:
# each of its applications is a template, varied by a fixed-seed generator (MINSTD, so every awk
# gives the same bytes). About one line in eight is bad, in turn:
#   an unknown enum value, a number out of range, a bad id, a wrong type (text for a number),
#   broken JSON (CSV: a row with too few cells), an unknown property (CSV: a row with a cell too
#   many), a duplicate sector, a blank line (CSV: an empty row);
# and the last line is cut, without its newline: NDJSON in the middle of a value, CSV inside a
# quoted cell (input that stops being CSV, so the answer is cut).
# Usage: awk -v LINES=20000 -v SEED=20261206 -v NDJSON=out.ndjson -v CSV=out.csv \
#          -f bench/mixed-batch.awk cases/public.jsonl

function field(line, name,    pattern) {
  pattern = "\"" name "\": (\"[^\"]*\"|-?[0-9]+|\\[[^]]*\\])"
  if (!match(line, pattern)) return ""
  return substr(line, RSTART + length(name) + 4, RLENGTH - length(name) - 4)
}

function unquote(value) {
  return value ~ /^"/ ? substr(value, 2, length(value) - 2) : value
}

function random(bound) {
  state = (state * 48271) % 2147483647
  return state % bound
}

function json_text(text) {
  gsub(/\\/, "\\\\", text)
  gsub(/"/, "\\\"", text)
  return "\"" text "\""
}

function csv_cell(text) {
  if (text !~ /[",\r\n]/) return text
  gsub(/"/, "\"\"", text)
  return "\"" text "\""
}

# Sets the fields of row n (id, name, origin, ..., years) from a random template, varied.
function vary(n,    t, names) {
  t = 1 + random(count)
  id = sprintf("MX-%05d", n)
  name = project[t]
  names = random(10)
  if (names == 0) name = name ", phase " (1 + random(3))
  else if (names == 1) name = name " \"Mark " (2 + random(3)) "\""
  else if (names == 2) name = "再生医学项目 " n
  applicant = random(4) == 0 ? "Harrow & Lune 基因" : applicantName[t]
  origin = origins[t]
  if (random(6) == 0) origin = random(2) == 0 ? "FOREIGN" : "JOINT_VENTURE"
  role = roles[t]
  sectors = sectorList[t]
  primary = primaries[t]
  pathway = pathways[t]
  stage = stages[t]
  years = random(13)
}

function write_row(extra_json, extra_cells,    json, list, parts, i, k) {
  json = "{\"id\": " json_text(id) ", \"projectName\": " json_text(name) \
    ", \"applicantName\": " json_text(applicant) ", \"origin\": \"" origin "\", \"role\": \"" role "\""
  k = split(sectors, parts, ";")
  list = ""
  for (i = 1; i <= k; i++) list = list (i > 1 ? ", " : "") "\"" parts[i] "\""
  json = json ", \"sectors\": [" list "], \"primarySector\": \"" primary "\""
  if (pathway != "") json = json ", \"pathway\": \"" pathway "\""
  if (stage != "") json = json ", \"stage\": \"" stage "\""
  json = json ", \"yearsToIndustrialization\": " (years ~ /^-?[0-9]+$/ ? years : json_text(years))
  print json extra_json "}" > NDJSON
  print csv_cell(id) "," csv_cell(name) "," csv_cell(applicant) "," origin "," role "," sectors \
    "," primary "," pathway "," stage "," years extra_cells > CSV
}

{
  count++
  id = unquote(field($0, "id"))
  project[count] = unquote(field($0, "projectName"))
  applicantName[count] = unquote(field($0, "applicantName"))
  origins[count] = unquote(field($0, "origin"))
  roles[count] = unquote(field($0, "role"))
  list = field($0, "sectors")
  gsub(/[][" ]/, "", list)
  gsub(/,/, ";", list)
  sectorList[count] = list
  primaries[count] = unquote(field($0, "primarySector"))
  pathways[count] = unquote(field($0, "pathway"))
  stages[count] = unquote(field($0, "stage"))
}

END {
  if (count == 0) { print "mixed-batch.awk: no applications read" > "/dev/stderr"; exit 1 }
  state = SEED % 2147483647
  if (state <= 0) state = 1
  print "id,projectName,applicantName,origin,role,sectors,primarySector,pathway,stage," \
    "yearsToIndustrialization" > CSV
  for (n = 1; n < LINES; n++) {
    vary(n)
    if (random(8) != 0) { write_row("", ""); continue }
    bad = random(8)
    if (bad == 0) { stage = "LAUNCHED"; write_row("", "") }
    else if (bad == 1) { years = random(2) == 0 ? -3 : 51; write_row("", "") }
    else if (bad == 2) { id = "MX " n "!"; write_row("", "") }
    else if (bad == 3) { years = "soon"; write_row("", "") }
    else if (bad == 4) {
      print "{\"id\": \"" id "\", \"projectName\": [\"broken\"" > NDJSON
      print id ",broken row," applicant > CSV
    } else if (bad == 5) { write_row(", \"colour\": \"green\"", ",green") }
    else if (bad == 6) { sectors = primary ";" primary; write_row("", "") }
    else { print "" > NDJSON; print "" > CSV }
  }
  vary(LINES)
  printf "{\"id\": \"%s\", \"projectName\": \"Cut off, mid-value\", \"applicantName\": \"App", id > NDJSON
  printf "%s,\"Cut off, inside a quoted cell", id > CSV
}
