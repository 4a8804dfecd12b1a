// The area page's one script: ?area=<id> picks the area; ?data=default uses the embedded
// default (real areas, no scores) instead of the illustrative dataset.
const params = new URLSearchParams(location.search);
const area = params.get('area');
const programme = document.getElementById('area-data');
if (params.get('data') === 'default') programme.removeAttribute('src');
if (area) document.getElementById('area-profile').setAttribute('area', area);
