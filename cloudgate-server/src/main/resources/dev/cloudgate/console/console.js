// cloudgate console. Every value from the server is put into the page as text (textContent),
// never as HTML: names and descriptions are the API users' data and may contain markup.
'use strict';

const state = { me: null, versions: {}, events: null, data: {}, sort: {}, faults: [] };
const $ = (id) => document.getElementById(id);

class SessionEnded extends Error {}

async function call(method, url, body) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET' && state.me) headers['X-Cloudgate-Csrf'] = state.me.csrf;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(url, {
    method, headers, credentials: 'same-origin', cache: 'no-store',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401 && url !== 'session') {
    sessionEnded('Your logon session has ended (it expired, was logged out, or the store was reset). Log on again.');
    throw new SessionEnded();
  }
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const message = json && json.message ? json.message : 'The server answered ' + response.status + '.';
    const error = new Error(message);
    error.status = response.status;
    throw error;
  }
  return json;
}

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  if (props) {
    for (const [key, value] of Object.entries(props)) {
      if (key === 'class') node.className = value;
      else if (key === 'text') node.textContent = value;
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value);
    }
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function badge(text, kind) { return el('span', { class: 'badge ' + kind, text }); }
function list(values) { return (values || []).filter((v) => v !== null).join(', '); }
function time(millis) {
  if (millis === null || millis === undefined) return '';
  return new Date(millis).toLocaleTimeString([], { hour12: false });
}

// Tables: columns are {key, label, value(row) for sorting, cell(row) -> text or Node}.
function table(id, columns, rows, defaultSort) {
  const sort = state.sort[id] || (state.sort[id] = { key: defaultSort.key, dir: defaultSort.dir });
  const column = columns.find((c) => c.key === sort.key) || columns[0];
  const value = column.value || ((row) => row[column.key]);
  const sorted = rows.slice().sort((a, b) => {
    const x = value(a); const y = value(b);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y
      : String(x ?? '').localeCompare(String(y ?? ''), undefined, { numeric: true, sensitivity: 'base' });
    return sort.dir === 'asc' ? order : -order;
  });
  const head = el('tr', null, ...columns.map((c) => {
    const th = el('th', { scope: 'col', 'data-key': c.key });
    if (c.key === sort.key) th.setAttribute('aria-sort', sort.dir === 'asc' ? 'ascending' : 'descending');
    th.append(el('button', {
      type: 'button', text: c.label,
      onclick: () => {
        state.sort[id] = { key: c.key, dir: sort.key === c.key && sort.dir === 'asc' ? 'desc' : 'asc' };
        table(id, columns, rows, defaultSort);
      },
    }));
    return th;
  }));
  const body = sorted.map((row) => {
    const tr = el('tr', { 'data-id': String(row.id ?? '') });
    if (row.rowClass) tr.className = row.rowClass;
    for (const c of columns) {
      const content = c.cell ? c.cell(row) : row[c.key];
      tr.append(el('td', { class: c.num ? 'num' : '', 'data-key': c.key }, content));
    }
    return tr;
  });
  if (body.length === 0) {
    body.push(el('tr', null, el('td', { class: 'empty', colspan: String(columns.length), text: 'None.' })));
  }
  $(id).replaceChildren(el('thead', null, head), el('tbody', null, ...body));
  const count = $(id + '-count');
  if (count) count.textContent = '(' + rows.length + ')';
}

const byName = { key: 'name', dir: 'asc' };

function showInventory(data) {
  table('gateways', [
    { key: 'name', label: 'Name' },
    { key: 'host', label: 'Host' },
    { key: 'mode', label: 'Mode' },
    { key: 'externalIp', label: 'External IP' },
    { key: 'externalPort', label: 'Ports (ext/int)', num: true, cell: (g) => g.externalPort + ' / ' + g.internalPort },
    { key: 'enabled', label: 'Enabled', cell: (g) => (g.enabled ? badge('Enabled', 'ok') : badge('Disabled', 'off')) },
    { key: 'pools', label: 'Pool', value: (g) => list(g.pools), cell: (g) => list(g.pools) },
    { key: 'backupServer', label: 'Backup server' },
    { key: 'description', label: 'Description' },
  ], data.gateways, byName);
  table('pools', [
    { key: 'name', label: 'Name' },
    { key: 'description', label: 'Description' },
    { key: 'gateways', label: 'Gateways', value: (p) => list(p.gateways), cell: (p) => list(p.gateways) },
    { key: 'tenants', label: 'Tenants', value: (p) => list(p.tenants), cell: (p) => list(p.tenants) },
    { key: 'backupServer', label: 'Backup server' },
  ], data.pools, byName);
  // Tenants show when the server reports them; a server without the tenant slice leaves them out.
  const tenants = Array.isArray(data.tenants);
  $('tenants-section').hidden = !tenants;
  if (tenants) {
    table('tenants', [
      { key: 'name', label: 'Name' },
      { key: 'enabled', label: 'Enabled', cell: (t) => (t.enabled ? badge('Enabled', 'ok') : badge('Disabled', 'off')) },
      { key: 'pools', label: 'Pools', value: (t) => list(t.pools), cell: (t) => list(t.pools) },
      { key: 'backupServer', label: 'Backup server' },
    ], data.tenants, byName);
  }
  table('backup-servers', [
    { key: 'name', label: 'Name' },
    { key: 'description', label: 'Description' },
    { key: 'version', label: 'Version' },
    {
      key: 'managedServers', label: 'Managed servers', value: (b) => b.managedServers.length,
      cell: (b) => el('span', null, ...b.managedServers.map((m, i) => el('span', null, i ? ', ' : '', m.name,
        el('span', { class: 'muted', text: ' (' + m.type + (m.ip ? ', ' + m.ip : '') + ')' })))),
    },
  ], data.backupServers, byName);
}

function showTasks(data) {
  const rows = data.tasks.map((t) => Object.assign({}, t, {
    rowClass: t.success === false ? 'failed' : '',
    result: t.success === null ? '' : t.success ? 'Success' : 'Failed',
  }));
  table('tasks', [
    { key: 'id', label: '#', num: true },
    { key: 'operation', label: 'Operation' },
    { key: 'state', label: 'State', cell: (t) => (t.state === 'Finished' ? t.state : badge(t.state, 'run')) },
    { key: 'result', label: 'Result', cell: (t) => (t.success === null ? '' : t.success ? badge('Success', 'ok') : badge('Failed', 'bad')) },
    { key: 'message', label: 'Message' },
    { key: 'user', label: 'User' },
    { key: 'createdAt', label: 'Started', num: true, cell: (t) => time(t.createdAt) },
  ], rows, { key: 'id', dir: 'desc' });
}

async function refresh(part) {
  try {
    if (part === 'inventory') showInventory(state.data.inventory = await call('GET', 'inventory'));
    else showTasks(state.data.tasks = await call('GET', 'tasks'));
  } catch (e) {
    if (!(e instanceof SessionEnded)) setStatus(e.message, true);
  }
}

// Live: the server says which part changed; only that part is fetched again.
function listen() {
  const events = new EventSource('events');
  state.events = events;
  events.addEventListener('open', () => { $('live').textContent = 'live'; $('live').classList.add('on'); });
  events.addEventListener('versions', (event) => {
    const versions = JSON.parse(event.data);
    const changed = ['inventory', 'tasks'].filter((part) => versions[part] !== state.versions[part]);
    state.versions = versions;
    changed.forEach(refresh);
    // Faults count their hits and the journal grows with the client's requests: both follow the changes too.
    if (state.me && state.me.steers && changed.length) { loadFaults(); loadJournal(); }
  });
  events.addEventListener('error', () => {
    $('live').textContent = 'reconnecting…'; $('live').classList.remove('on');
    if (events.readyState === EventSource.CLOSED) {
      // The stream was refused (session gone, or too many streams): ask why before trying again.
      setTimeout(checkSession, 2000);
    }
  });
}

async function checkSession() {
  const me = await call('GET', 'session').catch(() => null);
  if (!me || !me.user) {
    sessionEnded('Your logon session has ended (it expired, was logged out, or the store was reset). Log on again.');
  } else if (state.me) {
    if (state.events) state.events.close();
    listen();
  }
}

function stopListening() {
  if (state.events) { state.events.close(); state.events = null; }
  state.versions = {};
}

function showApp(me) {
  state.me = me;
  $('logon-view').hidden = true;
  $('app').hidden = false;
  $('who').replaceChildren(el('b', { text: me.user }), ' · ' + me.role);
  $('who').hidden = false;
  $('logout').hidden = false;
  $('no-inventory').hidden = me.seesInventory;
  $('inventory').hidden = !me.seesInventory;
  $('steer').hidden = !me.steers;
  $('live').hidden = !me.seesInventory;
  if (me.seesInventory) listen();
  if (me.steers) { loadFaults(); loadJournal(); }
}

function showLogon(note) {
  stopListening();
  state.me = null;
  state.data = {};
  // Nothing of the last session stays in the page for the next one to see, even for a moment.
  document.querySelectorAll('#app table').forEach((t) => t.replaceChildren());
  document.querySelectorAll('#app .count').forEach((c) => { c.textContent = ''; });
  $('app').hidden = true;
  $('who').hidden = true;
  $('logout').hidden = true;
  $('live').hidden = true;
  $('logon-view').hidden = false;
  $('logon-note').textContent = note || '';
  $('logon-note').hidden = !note;
  $('logon-error').hidden = true;
  $('password').value = '';
  $(note || !$('user').value ? 'user' : 'password').focus();
}

function sessionEnded(note) {
  if (state.me) showLogon(note);
}

async function logon(event) {
  event.preventDefault();
  $('logon-error').hidden = true;
  $('logon-submit').disabled = true;
  try {
    const me = await call('POST', 'session', { user: $('user').value, password: $('password').value });
    $('password').value = '';
    showApp(me);
  } catch (e) {
    $('logon-error').textContent = e.status === 401 ? 'The user name or password is wrong.' : e.message;
    $('logon-error').hidden = false;
    $('password').value = '';
    $('password').focus();
  } finally {
    $('logon-submit').disabled = false;
  }
}

async function logout() {
  try { await call('DELETE', 'session'); } catch (e) { /* the session is gone either way */ }
  showLogon('You have logged out.');
}

function setStatus(text, bad) {
  $('steer-status').textContent = text;
  $('steer-status').style.color = bad ? 'var(--bad)' : '';
}

// Steering (Portal Administrators): the server forwards these to the control API.
async function reset() {
  toggleResetConfirm(false);
  // A reset ends this session too: the change stream stops first, so that the change the reset makes
  // cannot send the page fetching with a session that is gone (401s) before the answer arrives.
  stopListening();
  try {
    const answer = await call('POST', 'control/reset');
    showLogon('The store was reset to its seed in ' + Number(answer.tookMs).toFixed(1)
      + ' ms. A reset ends every logon session, this one too: log on again.');
  } catch (e) {
    if (!(e instanceof SessionEnded)) {
      setStatus(e.message, true);
      if (state.me && state.me.seesInventory) listen();
    }
  }
}

function toggleResetConfirm(on) {
  $('reset').hidden = on;
  $('reset-confirm').hidden = !on;
  $('reset-cancel').hidden = !on;
}

function number(id) {
  const text = $(id).value.trim();
  return text === '' ? undefined : Number(text);
}

function text(id) {
  const value = $(id).value.trim();
  return value === '' ? undefined : value;
}

async function addFault(event) {
  event.preventDefault();
  const host = $('fault-kind').value === 'host';
  const fault = host
    ? { host: text('fault-host'), fail: text('fault-fail'), operation: text('fault-operation') }
    : { path: text('fault-path'), method: text('fault-method'), status: number('fault-status'), message: text('fault-message') };
  fault.delayMs = number('fault-delay');
  fault.times = number('fault-times');
  Object.keys(fault).forEach((k) => fault[k] === undefined && delete fault[k]);
  $('fault-error').hidden = true;
  try {
    const added = await call('POST', 'control/faults', fault);
    setStatus('Added ' + added.id + '.');
    $('fault-form').reset();
    showFaultKind();
    loadFaults();
  } catch (e) {
    if (e instanceof SessionEnded) return;
    $('fault-error').textContent = e.message;
    $('fault-error').hidden = false;
  }
}

function describeFault(f) {
  if (f.host) {
    return 'host ' + f.host + (f.operation ? ' (' + f.operation + ')' : '')
      + (f.fail ? ': fail with "' + f.fail + '"' : '') + (f.delayMs ? ', delay ' + f.delayMs + ' ms' : '');
  }
  return 'path ' + f.path + (f.method ? ' ' + f.method : '')
    + (f.status ? ': answer ' + f.status + (f.message ? ' "' + f.message + '"' : '') : '')
    + (f.delayMs ? ', delay ' + f.delayMs + ' ms' : '');
}

async function loadFaults() {
  try {
    const answer = await call('GET', 'control/faults');
    table('faults', [
      { key: 'id', label: 'Id', value: (f) => Number(String(f.id).replace(/\D/g, '')) },
      { key: 'what', label: 'Fault', value: describeFault, cell: describeFault },
      { key: 'remaining', label: 'Left', cell: (f) => (f.remaining === undefined ? '∞' : f.remaining) },
      { key: 'hits', label: 'Hits', num: true },
      { key: 'remove', label: '', value: () => '', cell: (f) => el('button', { type: 'button', class: 'quiet small', text: 'Remove', onclick: () => removeFault(f.id) }) },
    ], answer.faults, { key: 'id', dir: 'asc' });
  } catch (e) {
    if (!(e instanceof SessionEnded)) setStatus(e.message, true);
  }
}

async function removeFault(id) {
  try {
    await call('DELETE', 'control/faults/' + encodeURIComponent(id));
    setStatus('Removed ' + id + '.');
    loadFaults();
  } catch (e) {
    if (!(e instanceof SessionEnded)) setStatus(e.message, true);
  }
}

async function clearFaults() {
  try {
    await call('DELETE', 'control/faults');
    setStatus('Removed every fault.');
    loadFaults();
  } catch (e) {
    if (!(e instanceof SessionEnded)) setStatus(e.message, true);
  }
}

async function loadJournal(event) {
  if (event) event.preventDefault();
  const query = new URLSearchParams();
  if (text('journal-method')) query.set('method', text('journal-method'));
  if (text('journal-path')) query.set('path', text('journal-path'));
  $('journal-error').hidden = true;
  try {
    const answer = await call('GET', 'control/requests' + (query.size ? '?' + query : ''));
    const rows = answer.requests.map((r, i) => Object.assign({ id: i + 1 }, r, { rowClass: r.status >= 500 || r.fault ? 'failed' : '' }));
    table('journal', [
      { key: 'id', label: '#', num: true },
      { key: 'time', label: 'Time (UTC)', cell: (r) => r.time.replace(/^.*T/, '').replace(/(\.\d{3})\d*Z$/, '$1').replace('Z', '') },
      { key: 'method', label: 'Method' },
      { key: 'path', label: 'Path' },
      { key: 'status', label: 'Status', num: true },
      { key: 'durationMs', label: 'ms', num: true },
      { key: 'user', label: 'User' },
      { key: 'fault', label: 'Fault' },
    ], rows, { key: 'id', dir: 'desc' });
  } catch (e) {
    if (e instanceof SessionEnded) return;
    $('journal-error').textContent = e.message;
    $('journal-error').hidden = false;
  }
}

async function clearJournal() {
  try {
    await call('DELETE', 'control/requests');
    loadJournal();
  } catch (e) {
    if (!(e instanceof SessionEnded)) setStatus(e.message, true);
  }
}

function showFaultKind() {
  const host = $('fault-kind').value === 'host';
  document.querySelectorAll('.host-only').forEach((n) => { n.hidden = !host; });
  document.querySelectorAll('.path-only').forEach((n) => { n.hidden = host; });
}

async function start() {
  $('logon').addEventListener('submit', logon);
  $('logout').addEventListener('click', logout);
  $('reset').addEventListener('click', () => toggleResetConfirm(true));
  $('reset-cancel').addEventListener('click', () => toggleResetConfirm(false));
  $('reset-confirm').addEventListener('click', reset);
  $('fault-kind').addEventListener('change', showFaultKind);
  $('fault-form').addEventListener('submit', addFault);
  $('faults-clear').addEventListener('click', clearFaults);
  $('journal-form').addEventListener('submit', loadJournal);
  $('journal-clear').addEventListener('click', clearJournal);
  // A reload keeps the session: the cookie is still there, and the server says who it belongs to.
  const me = await call('GET', 'session').catch(() => null);
  if (me && me.user) showApp(me); else showLogon();
}

start();
