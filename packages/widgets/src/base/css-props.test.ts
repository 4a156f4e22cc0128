import { expect, waitUntil } from '@open-wc/testing';
import { html, render as litRender } from 'lit';
import { cssProps } from './css-props.js';

describe('cssProps', () => {
  it('sets properties through CSSOM only (no style attribute is parsed from markup) and removes dropped ones', async () => {
    const render = (props: Record<string, string | undefined>) => html`<div ${cssProps(props)}></div>`;
    const host = document.createElement('section');
    document.body.append(host);
    litRender(render({ 'inline-size': '35%', '--ck-fill': '0.4' }), host);
    const div = host.querySelector('div')!;
    expect(div.hasAttribute('style') && div.getAttribute('style')!.includes('35%')).to.equal(true);
    expect(div.style.getPropertyValue('inline-size')).to.equal('35%');
    expect(div.style.getPropertyValue('--ck-fill')).to.equal('0.4');
    litRender(render({ 'inline-size': '50%' }), host);
    expect(div.style.getPropertyValue('inline-size')).to.equal('50%');
    expect(div.style.getPropertyValue('--ck-fill')).to.equal('');
    host.remove();
  });

  it('does not trip a strict style-src CSP', async () => {
    // A page whose CSP forbids inline styles reports a violation for a style attribute in markup, not for CSSOM writes.
    const violations: string[] = [];
    const onViolation = (e: Event) => violations.push((e as SecurityPolicyViolationEvent).violatedDirective);
    const frame = document.createElement('iframe');
    frame.srcdoc = `<meta http-equiv="Content-Security-Policy" content="style-src 'self'"><body></body>`;
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    const doc = frame.contentDocument!;
    doc.addEventListener('securitypolicyviolation', onViolation);
    litRender(html`<div id="ok" ${cssProps({ 'inline-size': '40px' })}></div>`, doc.body);
    const probe = doc.createElement('div');
    doc.body.append(probe);
    probe.outerHTML = '<div id="bad" style="inline-size: 40px"></div>';
    await waitUntil(() => violations.length > 0, 'the violation is reported');
    expect((doc.getElementById('ok') as HTMLElement).style.inlineSize).to.equal('40px');
    expect(violations.length, 'the markup style attribute is reported, proving the policy is active').to.equal(1);
    frame.remove();
  });
});
