#!/usr/bin/env bash
# End-to-end checks of the NegotiationDsl.Build package and the negc tool package, run by .ci/run after
# examples/consumer/run.sh (which packs the package into examples/consumer/.feed):
#   1. a second build with no change does not regenerate the reports (1b: a changed record rewrites its folder's
#      reports only);
#   2. a .neg file with an error fails the build with its NEG code and location;
#   3. warnings honour TreatWarningsAsErrors and NoWarn (3b: dotnet clean removes the reports; 3c: hostile record
#      file names run no shell command, inject no code, lose no model, and a quote fails the build with NEG9015);
#   4. negc installs as a .NET tool and answers --version.
set -uo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
consumer="$repo/examples/consumer"
export NUGET_PACKAGES="$consumer/.packages"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

echo "-- 1. an unchanged second build leaves the reports alone"
reports="$consumer/bin/Debug/net10.0/reports"
[ -d "$reports" ] && [ -n "$(ls "$reports")" ] || fail "no reports after the first build in $reports"
before=$(cd "$reports" && stat -c '%n %Y %s' * | sort)
dotnet build "$consumer" -nologo -v:n > "$work/second.log" 2>&1 || fail "second build failed"
after=$(cd "$reports" && stat -c '%n %Y %s' * | sort)
[ "$before" = "$after" ] || fail "the second build rewrote reports"
grep -q 'Skipping target "NegGenerateReports"' "$work/second.log" || fail "the report target was not skipped as up to date"

# A throwaway project like the consumer, reading records from its own folder.
make_project() {
  local dir="$1"
  mkdir -p "$dir"
  cp "$consumer/Directory.Build.props" "$consumer/Directory.Packages.props" "$dir/"
  sed "s|value=\".feed\"|value=\"$consumer/.feed\"|" "$consumer/nuget.config" > "$dir/nuget.config"
  cat > "$dir/Probe.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Library</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="NegotiationDsl.Build" Version="0.1.0" />
  </ItemGroup>
</Project>
XML
}

echo "-- 1b. a changed record rewrites its folder's reports and leaves the other folders' alone (bytes and timestamps)"
make_project "$work/folders"
mkdir -p "$work/folders/a" "$work/folders/b"
printf 'party A;\nA says "x" on 2022-01-21;\n' > "$work/folders/a/a.neg"
printf 'party B;\nB says "y" on 2022-01-21;\n' > "$work/folders/b/b.neg"
dotnet build "$work/folders" -nologo > "$work/folders1.log" 2>&1 || { cat "$work/folders1.log"; fail "the two-folder project did not build"; }
folder_reports="$work/folders/bin/Debug/net10.0/reports"
snapshot() { (cd "$folder_reports" && for f in "$@"; do echo "$f $(stat -c '%y %s' "$f") $(sha256sum < "$f")"; done); }
b_before=$(snapshot b.md b.html b.csv)
a_before=$(snapshot a.md)
printf 'party A;\nA says "changed" on 2022-01-21;\n' > "$work/folders/a/a.neg"
dotnet build "$work/folders" -nologo > "$work/folders2.log" 2>&1 || { cat "$work/folders2.log"; fail "the second build of the two-folder project failed"; }
[ "$(snapshot b.md b.html b.csv)" = "$b_before" ] || fail "a change to folder a rewrote the reports of folder b"
[ "$(snapshot a.md)" != "$a_before" ] || fail "a change to folder a did not rewrite its report"
grep -q 'changed' "$folder_reports/a.md" || fail "the report of folder a does not say what changed"

echo "-- 2. an error in a record fails the build with its code and location"
make_project "$work/broken"
printf 'party A;\nmeeting Geneva < Nobody says "x"; >\n' > "$work/broken/deal.neg"
if dotnet build "$work/broken" -nologo > "$work/broken.log" 2>&1; then fail "a build with a record error succeeded"; fi
grep -q 'deal.neg(2,18): error NEG2001' "$work/broken.log" || { cat "$work/broken.log"; fail "no 'deal.neg(2,18): error NEG2001' in the build output"; }

echo "-- 3. warnings honour TreatWarningsAsErrors and NoWarn"
make_project "$work/warning"
printf 'party A;\nA commits "x" by next_week;\n' > "$work/warning/deal.neg"
dotnet build "$work/warning" -nologo > "$work/warning.log" 2>&1 || fail "a build with only a record warning failed"
grep -q 'deal.neg(2,18): warning NEG3003' "$work/warning.log" || fail "the record warning is not in the build output"
if dotnet build "$work/warning" -nologo --no-incremental -p:TreatWarningsAsErrors=true > "$work/strict.log" 2>&1; then fail "TreatWarningsAsErrors did not fail on a record warning"; fi
grep -q 'error NEG3003' "$work/strict.log" || fail "TreatWarningsAsErrors did not turn NEG3003 into an error"
dotnet build "$work/warning" -nologo --no-incremental -p:TreatWarningsAsErrors=true -p:NoWarn=NEG3003 > "$work/nowarn.log" 2>&1 || fail "NoWarn did not silence NEG3003"
if dotnet build "$work/warning" -nologo --no-incremental -p:WarningsAsErrors=NEG3003 > "$work/listed.log" 2>&1; then fail "WarningsAsErrors=NEG3003 did not fail the build"; fi
grep -q 'error NEG3003' "$work/listed.log" || fail "WarningsAsErrors did not turn NEG3003 into an error"

echo "-- 3b. dotnet clean removes the reports"
dotnet clean "$consumer" -nologo -v:q > "$work/clean.log" 2>&1 || fail "dotnet clean failed"
[ -z "$(ls -A "$reports" 2>/dev/null)" ] || fail "dotnet clean left reports in $reports: $(ls "$reports")"

echo "-- 3c. hostile record file names: data for negc, never shell syntax or compiler options; one model per folder"
make_project "$work/names"
mkdir -p "$work/names/d1" "$work/names/d2" "$work/names/d3" "$work/names/d4" "$work/names/d5"
printf 'party A;\nA says "x" on 2022-01-21;\n' > "$work/names/d1/x-y.neg"
printf 'party B;\nB says "x" on 2022-01-21;\n' > "$work/names/d2/x_y.neg"
printf 'party C;\nC says "x" on 2022-01-21;\n' > "$work/names/d3/\$(touch PWNED) \`touch PWNED2\`.neg"
printf 'party D;\nD says "x" on 2022-01-21;\n' > "$work/names/d4/it's 50% a;b @x.neg"
printf 'party E;\nE says "x" on 2022-01-21;\n' > "$work/names/d5/x$(printf '\u2028')namespace Evil { static class R { [System.Runtime.CompilerServices.ModuleInitializer] internal static void I() => System.AppContext.SetData(nameof(Evil), 1); } }$(printf '\u2028').neg"
dotnet build "$work/names" -nologo -p:TreatWarningsAsErrors=true -p:EmitCompilerGeneratedFiles=true > "$work/names.log" 2>&1 || { cat "$work/names.log"; fail "a project with hostile record file names did not build"; }
[ -z "$(find "$work/names" -name 'PWNED*')" ] || fail "a record file name ran a shell command during the build"
models=$(find "$work/names/obj" -path '*NegotiationModelGenerator*' -name '*.g.cs' | wc -l)
[ "$models" = 5 ] || fail "expected 5 generated models (x-y and x_y apart), found $models"
grep -rqE '^\s*namespace Evil' "$work/names/obj" --include='*.g.cs' && fail "a record file name put code into a generated model"
[ "$(ls "$work/names/bin/Debug/net10.0/reports" | wc -l)" = 15 ] || fail "expected 15 reports for 5 hostile names"
printf 'party F;\nF says "x" on 2022-01-21;\n' > "$work/names/d1/q\"uote.neg"
if dotnet build "$work/names" -nologo > "$work/quote.log" 2>&1; then fail "a record file name with a quote built"; fi
grep -q 'error NEG9015' "$work/quote.log" || { cat "$work/quote.log"; fail "no NEG9015 for a record file name with a quote"; }

echo "-- 4. negc as a .NET tool"
dotnet pack "$repo/src/NegotiationDsl.Cli" -c Release -o "$work/toolfeed" -nologo -v:q > "$work/pack.log" 2>&1 || { cat "$work/pack.log"; fail "negc did not pack"; }
dotnet tool install --tool-path "$work/tools" --add-source "$work/toolfeed" negc > "$work/tool.log" 2>&1 || { cat "$work/tool.log"; fail "negc did not install as a tool"; }
"$work/tools/negc" --version | grep -qE '^[0-9]+\.[0-9]+\.[0-9]+' || fail "negc --version"
"$work/tools/negc" check "$repo/examples" > /dev/null || fail "the installed negc does not check the examples"

echo "build integration: $failures failure(s)"
[ "$failures" = 0 ]
