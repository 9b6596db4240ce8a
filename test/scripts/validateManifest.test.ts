import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoResolver, validateManifest } from '../../scripts/validateManifest';

const ROOT = join(__dirname, '..', '..');
const XML = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const validate = (xml: string) => validateManifest(xml, { origin: 'https://localhost:3000', resolve: repoResolver(ROOT) });

describe('offline manifest validation', () => {
  it('passes the committed manifest', () => {
    expect(validate(XML)).toEqual([]);
  });
  it('finds XML that is not well-formed', () => {
    expect(validate(XML.replace('</Hosts>', '')).join()).toContain('not well-formed');
  });
  it('finds elements out of schema order', () => {
    const swapped = XML.replace(/(\s*<Permissions>ReadWriteDocument<\/Permissions>)/, '').replace('<DefaultSettings>', '<Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>');
    expect(validate(swapped).join()).toMatch(/<DefaultSettings> is out of order/);
  });
  it('finds a URL that names no file and an icon of the wrong size', () => {
    const broken = XML.replace('assets/icon-16.png"', 'assets/icon-17.png"').replace('id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"', 'id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-64.png"');
    const problems = validate(broken).join('\n');
    expect(problems).toContain('https://localhost:3000/assets/icon-17.png names no file in the repo');
    expect(problems).toContain('icon-64.png is 64×64, declared 80×80');
  });
  it('finds a resid with no resource and a missing permission', () => {
    const broken = XML.replace('resid="Group.Label"', 'resid="Group.Lable"').replace('ReadWriteDocument', 'ReadDocument');
    const problems = validate(broken).join('\n');
    expect(problems).toContain('resid Group.Lable has no resource');
    expect(problems).toContain('ReadWriteDocument');
  });
});
