// The page the report preview's webview shows, apart from VS Code so that it can be tested with node and Chromium:
// the report as `negc report` writes it, under a policy that lets nothing run and nothing load, with its one
// style sheet allowed by a nonce.

/** The answer of the server's `negotiationdsl/report` request (docs/language-server.md). */
export interface ReportAnswer {
  readonly name: string;
  readonly folderUri: string;
  readonly errors: number;
  /** The page `negc report` writes; absent while the records have errors, as negc then writes none. */
  readonly html?: string;
}

/**
 * The webview's Content-Security-Policy: nothing by default; the report's own `<style>` by its nonce; no script,
 * image, font, frame or request at all (the report is self-contained: inline CSS and an inline SVG timeline).
 */
export function policy(nonce: string): string {
  return `default-src 'none'; style-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'`;
}

const reportPolicy = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/;

/**
 * The report under the webview's policy: its own policy (which allows inline styles) gives way to {@link policy},
 * and each `<style>` gets the nonce. Record text in the report is escaped (`<` is `&lt;`), so every tag matched
 * here is the writer's own.
 * @throws when the page has no policy of its own to replace: it is not a page negc wrote.
 */
export function webviewPage(html: string, nonce: string): string {
  if (!reportPolicy.test(html)) throw new Error('The report has no Content-Security-Policy of its own: it is not a page negc wrote.');
  return html
    .replace(reportPolicy, `<meta http-equiv="Content-Security-Policy" content="${policy(nonce)}">`)
    .replace(/<style>/g, `<style nonce="${nonce}">`);
}

/** The page shown instead of the report while the records have errors, under the same policy. */
export function errorsPage(answer: ReportAnswer, nonce: string): string {
  const errors = answer.errors === 1 ? '1 error' : `${answer.errors} errors`;
  return page(
    nonce,
    `Report of ${answer.name}`,
    `<h1>No report: the records of ${escapeHtml(answer.name)} have ${errors}</h1>\n` +
      '<p><code>negc report</code> writes no report while the records have errors, and neither does this preview. ' +
      'The Problems view lists them; the preview follows the next save.</p>',
  );
}

/** The page shown when the server could not make the report (it is not running, or failed). */
export function messagePage(title: string, message: string, nonce: string): string {
  return page(nonce, title, `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(message)}</p>`);
}

function page(nonce: string, title: string, body: string): string {
  return (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    `<meta http-equiv="Content-Security-Policy" content="${policy(nonce)}">\n` +
    `<title>${escapeHtml(title)}</title>\n` +
    `<style nonce="${nonce}">body { font: 14px/1.5 system-ui, sans-serif; margin: 2em; max-width: 50em; } h1 { font-size: 1.3em; }</style>\n` +
    `</head>\n<body>\n${body}\n</body>\n</html>\n`
  );
}

/** Text as HTML text or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A nonce of 128 random bits, base64 (the policy's `nonce-` source). */
export function newNonce(randomBytes: (size: number) => Uint8Array): string {
  return Buffer.from(randomBytes(16)).toString('base64');
}
