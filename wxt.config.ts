/**
 * The extension's build: least privilege (content script only on *.gov.cn; elsewhere activeTab on
 * the user's click, or an optional host permission the user grants per site), Preact JSX, and the
 * webextension-polyfill so Chrome and Firefox share one promise-based API.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';

const root = import.meta.dirname;
const iconDir = resolve(root, 'assets/icon');
const cmapDir = resolve(root, 'node_modules/pdfjs-dist/cmaps');
/** The cmaps of Chinese PDFs: Adobe-GB1 and -CNS1, their Unicode, GB, GBK, Big5 and HK encodings, Identity. */
const CHINESE_CMAP = /^(Adobe-(GB1|CNS1)|UniGB|UniCNS|GB|B5|CNS|ETen|ETHK|HK|Identity)/;
const hasLocales = existsSync(resolve(root, 'locales')) && readdirSync(resolve(root, 'locales')).length > 0;
/**
 * `WXT_GRA_TIMINGS=1 wxt build`: the content scripts put their timings on the page's performance
 * timeline (entrypoints/content/measure.ts), for the browser tests, the bench and the screenshots.
 * Built into its own folder (`.output/chrome-mv3-timings`), so `.output/chrome-mv3`, what `wxt build`
 * and `wxt zip` make for users, is never a build that tells every page it runs there.
 */
const timings = process.env.WXT_GRA_TIMINGS === '1';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', ...(hasLocales ? ['@wxt-dev/i18n/module'] : [])],
  ...(timings ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-timings' } : {}),
  vite: () => ({
    // GRA_SOURCEMAP=1 wxt build: sourcemaps, to see which modules the content script's bytes come from.
    build: process.env.GRA_SOURCEMAP ? { sourcemap: true } : {},
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: hasLocales ? '__MSG_extName__' : '年报核查',
    description: hasLocales
      ? '__MSG_extDescription__'
      : '核查政府信息公开工作年度报告 / Audit government information-disclosure annual reports',
    ...(hasLocales ? { default_locale: 'zh_CN' } : {}),
    // unlimitedStorage: the desk keeps each saved report's page snapshot in IndexedDB, and the browser
    // must not evict that evidence under disk pressure; the desk caps itself at 200 MB instead
    // (utils/desk-budget.ts), and auto-save keeps one record per page (utils/auto-save.ts).
    // alarms: an auto-save a limit held back (up to a minute) is due after the MV3 worker may have
    // been stopped (half a minute idle); the alarm wakes it to make the save (utils/held-saves.ts).
    // It reads nothing and shows the user no warning.
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus', 'alarms'],
    // Every *.gov.cn page (every frame) gets only the detector (entrypoints/detector.ts, a few KB);
    // the background injects the page script (page.js, entrypoints/page.ts) into the frames the
    // detector finds a report's words in, which needs the *.gov.cn host permission.
    host_permissions: ['*://*.gov.cn/*'],
    content_scripts: [
      {
        matches: ['*://*.gov.cn/*'],
        js: ['detector.js'],
        all_frames: true,
        // Reports written into about:blank / srcdoc frames of a gov.cn page are found too.
        match_about_blank: true,
        run_at: 'document_idle',
      },
    ],
    // Granted one site at a time from the popup (始终在此网站运行); never <all_urls> up front.
    optional_host_permissions: ['*://*/*'],
    // MV2 (Firefox's default build) has no optional_host_permissions: hosts go in optional_permissions.
    ...(manifestVersion === 2 ? { optional_permissions: ['*://*/*'] } : {}),
    // The page's panel (findings, flag editor, notes) is an extension-origin iframe the content script
    // puts on the report page, so the page's scripts can read none of it. Embeddable wherever the
    // content script may run (*.gov.cn, a site the user granted, a page audited with 审核此页); on
    // Chrome only under a per-session URL, so no site can probe for the extension by a fixed address.
    // The page script too: the detector imports it as a module (entrypoints/detector.ts), which the
    // browser compiles off the page's main thread.
    web_accessible_resources: [
      {
        resources: ['panel-frame.html', 'page.js'],
        matches: ['*://*/*', 'file:///*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    // WXT fills the popup into browser_action on MV2 without copying `action` over, so name it here.
    [manifestVersion === 2 ? 'browser_action' : 'action']: {
      default_title: '年报核查 / Audit report',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'gov-report-audit@example.org' } } }
      : {}),
  }),
  hooks: {
    // V8 compiles a script's functions lazily, each on its first call, which on a report page is most
    // of page.js, parsed twice over (once skimmed with the script, once in full when called): this
    // comment has V8 (Chrome 136+; others ignore it) compile them all with the script instead, which
    // for the module the detector imports happens off the page's main thread as it streams in. Issue 9:
    // about 7 ms of lazy compiling leaves the page script's run for some 6 ms at load, a little less
    // in all, and none of it inside the read, the marks or the panel any more.
    // The detector too: on every gov.cn page it runs its few functions once each, and compiling them
    // with the script saves their second parse, about 0.2 ms of the ~1.3 ms it costs a page that is
    // not a report (the trace's thread time of its evaluation, 25 loads of two pages alternated).
    'build:done': (wxt) => {
      for (const name of ['page.js', 'detector.js']) {
        const file = resolve(wxt.config.outDir, name);
        if (existsSync(file))
          writeFileSync(file, `//# allFunctionsCalledOnLoad\n${readFileSync(file, 'utf8')}`);
      }
    },
    // Icons live in assets/ (ours), not public/ (shared), so copy them into the build by hand.
    'build:publicAssets': (_wxt, assets) => {
      if (!existsSync(iconDir)) return;
      for (const file of readdirSync(iconDir).filter((f) => f.endsWith('.png')))
        assets.push({ absoluteSrc: resolve(iconDir, file), relativeDest: `icon/${file}` });
      // pdf.js's Chinese character maps, for PDFs whose text a predefined CMap encodes (utils/pdfjs-browser.ts).
      for (const file of readdirSync(cmapDir).filter((f) => CHINESE_CMAP.test(f)))
        assets.push({ absoluteSrc: resolve(cmapDir, file), relativeDest: `pdfjs-cmaps/${file}` });
    },
  },
});
