// The Functions custom handler host; see Archon.Service for the app itself.
return 0;
